// What the demo instruments are made of: the kinds of large instruments the corridor's owners share, each with real
// models and makers, a range of original values, a price per hour or per sample and how long one booking usually
// runs; and the words people write on bookings (purposes, reasons, ratings) and in contact details. Money is in
// yuan here; the generator turns it into fen. Checked when it loads.
import { Type, type Static } from 'typebox'
import { bilingualSchema, closedObject, nonEmptyText, readCatalogue } from '../../../../platform/data-file'
import { instrumentCategories, instrumentPriceUnits } from '../../instruments.reference'
import templatesFile from './templates.json'
import textsFile from './texts.json'

const folder = 'server/modules/instruments/seed/catalogue'
const range = (minimum: number) => Type.Tuple([Type.Number({ minimum }), Type.Number({ minimum })])
const words = Type.Array(nonEmptyText, { minItems: 1 })

const templateSchema = closedObject({
  category: Type.Enum(instrumentCategories),
  name: bilingualSchema,
  models: Type.Array(closedObject({ model: nonEmptyText, maker: nonEmptyText }), { minItems: 1 }),
  /** original value in yuan, drawn evenly on a log scale */
  valueYuan: range(1),
  /** how common the kind is in the corridor's catalogue, relative to the others */
  weight: Type.Number({ minimum: 0 }),
  priceUnit: Type.Enum(instrumentPriceUnits),
  /** the external price in yuan (per hour or per sample), low for the cheapest units, high for the dearest */
  priceYuan: range(0),
  /** shortest and longest booking in minutes */
  durationMinutes: range(1),
  /** samples one booking brings, for per-sample pricing */
  samplesPerBooking: Type.Optional(Type.Tuple([Type.Integer({ minimum: 1 }), Type.Integer({ minimum: 1 })])),
  specifications: bilingualSchema,
  servicesZh: nonEmptyText,
})
export type InstrumentTemplate = Static<typeof templateSchema>

export const instrumentTemplates = readCatalogue(
  `${folder}/templates.json`,
  Type.Array(templateSchema, { minItems: 1 }),
  templatesFile,
)

export const bookingTexts = readCatalogue(
  `${folder}/texts.json`,
  closedObject({
    /** booking purposes by category, as people write them (the purpose field is free Chinese text) */
    purposesByCategory: Type.Record(Type.Enum(instrumentCategories), words),
    bookingCancelReasons: words,
    ownerCancelReasons: words,
    bookingRejectReasons: words,
    /** rating comments by stars (an index of 0 has none) */
    bookingCommentsByRating: Type.Array(Type.Array(nonEmptyText), { minItems: 6, maxItems: 6 }),
    contactSurnames: words,
    roadWords: words,
    buildingWords: words,
  }),
  textsFile,
)
