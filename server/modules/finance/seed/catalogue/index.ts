// What the demo tech-finance data is made of: the products each kind of alliance institution publishes (ranges,
// rate caps over the loan prime rate for loans, risk shares, who they are for), and the words of needs, decisions
// and workstation notes. Money is in yuan here; the generator turns it into fen. Checked when it loads.
import { Type, type Static } from 'typebox'
import { bilingualSchema, closedObject, nonEmptyText, readCatalogue } from '../../../../platform/data-file'
import { firmStages, productTypes } from '../../finance.reference'
import productsFile from './products.json'
import textsFile from './texts.json'

const folder = 'server/modules/finance/seed/catalogue'
const range = Type.Tuple([Type.Integer({ minimum: 0 }), Type.Integer({ minimum: 0 })])
const chance = Type.Number({ minimum: 0, maximum: 1 })
const words = Type.Array(nonEmptyText, { minItems: 1 })
/** the stages of a case after the first visit, each reached with a note */
const notedStages = ['assessment', 'referral', 'decision', 'drawdown', 'closed'] as const

const templateSchema = closedObject({
  productType: Type.Enum(productTypes),
  name: bilingualSchema,
  descriptionZh: nonEmptyText,
  /** the product's smallest amount is drawn from this range (yuan) */
  amountMinYuan: range,
  /** and its largest from this one */
  amountMaxYuan: range,
  termMonths: range,
  /** loans only: the cap over LPR in basis points is drawn from this range */
  rateCapBps: Type.Optional(range),
  /** chance that the government fund shares the risk */
  riskShareChance: chance,
  /** the stages the product is for (none: all) */
  stages: Type.Array(Type.Enum(firmStages)),
  /** chance that the product is aimed at a few industries only */
  industriesChance: chance,
  /** minimum scores (tenths of a point) the product may ask for */
  minScoreTenths: Type.Array(Type.Integer({ minimum: 0 }), { minItems: 1 }),
  requiresHighTech: Type.Optional(Type.Boolean()),
  techSmeChance: Type.Optional(chance),
})
export type FinanceProductTemplate = Static<typeof templateSchema>

export const financeProducts = readCatalogue(
  `${folder}/products.json`,
  closedObject({
    /** how many products an institution of each kind publishes: the smallest and largest count */
    productCountByKind: Type.Record(nonEmptyText, range),
    /** products by institution kind */
    templatesByKind: Type.Record(nonEmptyText, Type.Array(templateSchema, { minItems: 1 })),
  }),
  productsFile,
)

export const financeTexts = readCatalogue(
  `${folder}/texts.json`,
  closedObject({
    needPurposesByType: Type.Record(Type.Enum(productTypes), words),
    declineReasons: words,
    caseSummaries: words,
    /** a workstation officer's notes on reaching each stage after the first visit */
    caseNotesByStage: Type.Record(Type.Enum(notedStages), words),
  }),
  textsFile,
)
