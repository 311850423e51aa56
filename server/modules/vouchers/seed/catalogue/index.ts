// What the demo vouchers are made of: each city's scheme rules (they differ on purpose, as the cities' real rules
// do), the service products admitted providers publish, and the words people write on claims, orders and
// redemptions. Money is integer fen in the schemes, yuan in the product templates. Checked when it loads.
import { Type, type Static } from 'typebox'
import {
  bilingualSchema,
  closedObject,
  nonEmptyText,
  readCatalogue,
  type Bilingual,
} from '../../../../platform/data-file'
import {
  eligibilityCriteria,
  priceUnits,
  serviceCategories,
  settlementModels,
  voucherTypes,
} from '../../vouchers.reference'
import schemesFile from './schemes.json'
import serviceProductsFile from './service-products.json'
import textsFile from './texts.json'

const folder = 'server/modules/vouchers/seed/catalogue'
const fen = Type.Integer({ minimum: 0 })
const percent = Type.Integer({ minimum: 0, maximum: 100 })
const range = Type.Tuple([Type.Number({ minimum: 0 }), Type.Number({ minimum: 0 })])

const schemeSchema = closedObject({
  cityCode: nonEmptyText,
  name: bilingualSchema,
  voucherType: Type.Enum(voucherTypes),
  eligibleFirms: Type.Array(Type.Enum(eligibilityCriteria), { minItems: 1 }),
  annualBudgetFen: fen,
  claimCapFen: fen,
  firmYearCapFen: fen,
  firmTotalCapFen: fen,
  voucherShareMaxPercent: percent,
  fullCoverageBelowFen: fen,
  validityDays: Type.Integer({ minimum: 1 }),
  serviceCategories: Type.Array(Type.Enum(serviceCategories), { minItems: 1 }),
  settlementModel: Type.Enum(settlementModels),
  utilisationGatePercent: percent,
  spotCheckPercent: percent,
  recognisedCityCodes: Type.Array(nonEmptyText, { minItems: 1 }),
  /** how many claims the scheme draws relative to a city's general scheme */
  claimWeight: Type.Number({ minimum: 0 }),
  /** the prefix of the city's appropriation documents (财政拨款文号) */
  documentPrefix: nonEmptyText,
})
export type SchemeDefinition = Static<typeof schemeSchema>

/**
 * One general scheme per city and two special-purpose ones. Huzhou and Wuhu reimburse firms (通用) and recognise
 * only part of the corridor; every other scheme pays providers (通兑) and recognises all nine cities.
 */
export const schemeDefinitions = readCatalogue(
  `${folder}/schemes.json`,
  Type.Array(schemeSchema),
  schemesFile,
)

const productTemplateSchema = closedObject({
  category: Type.Enum(serviceCategories),
  name: bilingualSchema,
  description: bilingualSchema,
  unit: Type.Enum(priceUnits),
  /** the price range in yuan; prices are drawn in whole yuan steps of `stepYuan` */
  priceYuan: range,
  stepYuan: Type.Integer({ minimum: 1 }),
})
export type ProductTemplate = Static<typeof productTemplateSchema>

export const serviceProducts = readCatalogue(
  `${folder}/service-products.json`,
  closedObject({
    /** how often each kind of provider offers each category */
    categoryWeightsByProviderKind: Type.Record(
      nonEmptyText,
      Type.Record(Type.Enum(serviceCategories), Type.Number({ minimum: 0 })),
    ),
    /** delivery takes days to weeks: [shortest, longest] days from order to the provider's redemption claim */
    deliveryDaysByCategory: Type.Record(Type.Enum(serviceCategories), range),
    /** what each category's deliverable is called (the file name) */
    deliverableWordByCategory: Type.Record(Type.Enum(serviceCategories), nonEmptyText),
    templates: Type.Array(productTemplateSchema, { minItems: 1 }),
  }),
  serviceProductsFile,
)

const texts = Type.Array(bilingualSchema, { minItems: 1 })
const textsRead = readCatalogue(
  `${folder}/texts.json`,
  closedObject({
    claimPurposes: texts,
    claimRejectionReasons: texts,
    budgetExhaustedReason: bilingualSchema,
    approvalNotes: texts,
    cancelReasons: texts,
    redemptionRejectionReasons: texts,
    spotCheckPassedNotes: texts,
    spotCheckFailedNotes: texts,
    /** comments by the stars given */
    firmCommentsByRating: Type.Record(Type.String({ pattern: '^[1-5]$' }), texts),
  }),
  textsFile,
)

/** What people write is stored in both languages at once: 中文 / English. */
const both = (text: Bilingual) => `${text.zh} / ${text.en}`

export const voucherTexts = {
  claimPurposes: textsRead.claimPurposes.map(both),
  claimRejectionReasons: textsRead.claimRejectionReasons.map(both),
  budgetExhaustedReason: both(textsRead.budgetExhaustedReason),
  approvalNotes: textsRead.approvalNotes.map(both),
  cancelReasons: textsRead.cancelReasons.map(both),
  redemptionRejectionReasons: textsRead.redemptionRejectionReasons.map(both),
  spotCheckPassedNotes: textsRead.spotCheckPassedNotes.map(both),
  spotCheckFailedNotes: textsRead.spotCheckFailedNotes.map(both),
  firmCommentsByRating: new Map(
    Object.entries(textsRead.firmCommentsByRating).map(([rating, comments]) => [
      Number(rating),
      comments.map(both),
    ]),
  ),
}
