// The policy catalogue as shipped (reference/policies.json): about forty policies of the nine cities and the corridor
// office, modelled on published ones, split into items with their rules. It is the starting point the cities edit:
// inserted when the table is empty, each item's budget funded from its issuer's appropriation in the ledger; every
// later change of a rule is a new version in the database, never a change of this file.
import { Type, type Static } from 'typebox'
import { closedObject, nonEmptyText, readCatalogue } from '../../platform/data-file'
import catalogueFile from './reference/policies.json'
import { corridorIssuerCode, itemCategories, payoutModes } from './policies.states'

const day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
const issuerPattern = '(G60|SHSJ|SZ|HZ|JX|HUZ|JH|HF|WH|XC)'

const ruleSchema = closedObject({
  effectiveFrom: day,
  conditions: Type.Array(
    closedObject({ expression: nonEmptyText, labelZh: nonEmptyText, labelEn: nonEmptyText }),
    {
      minItems: 1,
    },
  ),
  award: nonEmptyText,
})

const itemSchema = closedObject({
  code: Type.String({ pattern: `^${issuerPattern}-P\\d{2}-\\d{2}$` }),
  titleZh: nonEmptyText,
  titleEn: nonEmptyText,
  category: Type.Enum(itemCategories),
  payoutMode: Type.Enum(payoutModes),
  promiseWorkingDays: Type.Union([Type.Null(), Type.Integer({ minimum: 1, maximum: 120 })]),
  budgetFen: Type.Integer({ minimum: 0 }),
  validFrom: day,
  validUntil: day,
  guideZh: nonEmptyText,
  guideEn: nonEmptyText,
  rules: Type.Array(ruleSchema, { minItems: 1 }),
})

const policySchema = closedObject({
  code: Type.String({ pattern: `^${issuerPattern}-P\\d{2}$` }),
  issuer: Type.String({ pattern: '^(G60|SH-SJ|SZ|HZ|JX|HUZ|JH|HF|WH|XC)$' }),
  documentNumber: nonEmptyText,
  titleZh: nonEmptyText,
  titleEn: nonEmptyText,
  textZh: nonEmptyText,
  textEn: nonEmptyText,
  publishedOn: day,
  items: Type.Array(itemSchema, { minItems: 1 }),
})

export type CataloguePolicy = Static<typeof policySchema>

export const cataloguePolicies: readonly CataloguePolicy[] = readCatalogue(
  'server/modules/policies/reference/policies.json',
  closedObject({ policies: Type.Array(policySchema, { minItems: 1 }) }),
  catalogueFile,
).policies

/** The city whose ledger funds an issuer's items: the city itself, or Songjiang, the joint office's seat. */
export function fundingCityOf(issuerCode: string): string {
  return issuerCode === corridorIssuerCode ? 'SH-SJ' : issuerCode
}
