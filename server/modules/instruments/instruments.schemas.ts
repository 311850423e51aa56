// Request and response shapes of the instruments module.
import { Type, type Static } from 'typebox'
import {
  DateOnly,
  Nullable,
  PageQuery,
  RecordStamps,
  StrictObject,
  Timestamp,
} from '../../platform/http/schemas'
import { ListPage, SortQuery } from '../../platform/http/list'
import { ExportFields } from '../../platform/export'
import { cityReferences } from '../registry'
import {
  availabilityReasons,
  bookingStatuses,
  instrumentCategories,
  instrumentPriceUnits,
  instrumentStatuses,
  openingPeriodsPerDayMax,
  ownerGrades,
  recurrenceModes,
  userClasses,
  valueTiers,
  violationKinds,
} from './instruments.reference'

/** ¥1 billion: no instrument in the corridor is worth more. */
const valueFenMax = 100_000_000_000
const priceFenMax = 100_000_000

const CityCode = Type.Enum(
  cityReferences.map((city) => city.code),
  { description: 'e.g. SH-SJ, SZ, HF' },
)
const Id = Type.String({ minLength: 3, maxLength: 64 })
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength })
/** An instant with its time zone: 2026-12-01T09:00:00+08:00 or …Z. A time without a zone is refused. */
const Instant = Type.String({
  format: 'date-time',
  pattern: '(Z|z|[+-]\\d\\d:\\d\\d)$',
  description: 'ISO 8601 with a time zone, e.g. 2026-12-01T09:00:00+08:00',
})
const Fen = (description: string, maximum = priceFenMax) =>
  Type.Integer({ minimum: 1, maximum, description: `${description}, in fen (¥1 = 100 fen)` })
const FenFigure = (description: string) => Type.Integer({ description: `${description}, in fen` })

const rules = {
  leadTimeHours: Type.Integer({ minimum: 0, maximum: 2160, description: 'Book at least this long ahead' }),
  minDurationMinutes: Type.Integer({ minimum: 15, maximum: 20160 }),
  maxDurationMinutes: Type.Integer({ minimum: 15, maximum: 20160 }),
  bufferMinutes: Type.Integer({ minimum: 0, maximum: 1440, description: 'Kept free after each booking' }),
  requiresApproval: Type.Boolean(),
  cancellationNoticeHours: Type.Integer({ minimum: 0, maximum: 720 }),
  monthlyQuotaHours: Type.Integer({
    minimum: 0,
    maximum: 744,
    description: 'Hours one organisation may book per calendar month; 0: no quota',
  }),
}

/** A time of day on a whole half hour, 00:00 to 24:00 (24:00 only as a closing time makes sense). */
const HalfHour = Type.String({
  pattern: '^(([01][0-9]|2[0-3]):(00|30)|24:00)$',
  description: 'HH:mm on a whole half hour, Asia/Shanghai; 24:00 is the end of the day',
})
const OpeningPeriod = StrictObject({ opensAt: HalfHour, closesAt: HalfHour })
/** When bookings may lie: a week of [opensAt, closesAt) periods and whether public holidays close the instrument. */
export const OpeningHours = StrictObject({
  weekly: Type.Array(Type.Array(OpeningPeriod, { maxItems: openingPeriodsPerDayMax }), {
    minItems: 7,
    maxItems: 7,
    description:
      'Monday first (ISO weekdays 1–7): each day’s opening periods in Asia/Shanghai, none for a closed day. ' +
      'A period ending at 24:00 and one starting at 00:00 the next day carry a booking across midnight.',
  }),
  closedOnHolidays: Type.Boolean({
    description: 'Closed on the public holidays of the corridor’s working calendar',
  }),
})
export type OpeningHoursInput = Static<typeof OpeningHours>

const described = {
  nameZh: Text(200),
  nameEn: Text(300),
  model: Text(100),
  maker: Text(200),
  category: Type.Enum(instrumentCategories),
  originalValueFen: Fen('Original value (¥300,000 at least)', valueFenMax),
  locationZh: Text(300),
  specificationsZh: Text(4000),
  specificationsEn: Text(4000),
  servicesZh: Text(2000),
  priceUnit: Type.Enum(instrumentPriceUnits),
  internalPriceFen: Fen('Price for the owning organisation’s own users'),
  externalPriceFen: Fen('Price for everyone else'),
  contactName: Text(100),
  contactPhone: Type.String({ minLength: 5, maxLength: 30, pattern: '^[0-9+()\\- ]+$' }),
}

export const Instrument = Type.Object({
  id: Type.String(),
  providerId: Type.String(),
  cityCode: Type.String(),
  ...described,
  originalValueFen: FenFigure('Original value'),
  internalPriceFen: FenFigure('Internal price'),
  externalPriceFen: FenFigure('External price'),
  valueTier: Type.Enum(valueTiers),
  status: Type.Enum(instrumentStatuses),
  rules: Type.Object(rules),
  openingHours: OpeningHours,
  ...RecordStamps,
})

/** A record another row refers to, named in both languages so that a list never shows its id. */
const NamedRecord = Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() })

/** An instrument of the catalogue's list, with its owner's name read in the same statement. */
export const ListedInstrument = Type.Object({ ...Instrument.properties, provider: NamedRecord })

/** The catalogue sorts by when an instrument was listed, its price and its value; newest listed first. */
export const instrumentSorts = ['createdAt', 'externalPriceFen', 'originalValueFen'] as const

const instrumentQueryFields = {
  ...PageQuery,
  ...SortQuery(instrumentSorts, '-createdAt'),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'Part of a name, model or maker' }),
  ),
  city: Type.Optional(CityCode),
  category: Type.Optional(Type.Enum(instrumentCategories)),
  valueTier: Type.Optional(Type.Enum(valueTiers)),
  priceMaxFen: Type.Optional(
    Type.Integer({ minimum: 1, maximum: priceFenMax, description: 'External price' }),
  ),
  provider: Type.Optional(Id),
  status: Type.Optional(Type.Enum(instrumentStatuses)),
  freeFrom: Type.Optional(Instant),
  freeTo: Type.Optional(Instant),
}
export const InstrumentQuery = StrictObject(instrumentQueryFields)
/** The search as a file: the search's filters and order, and the file's format and language. */
export const InstrumentExportQuery = StrictObject({ ...instrumentQueryFields, ...ExportFields })

export const CreateInstrumentBody = StrictObject({
  providerId: Type.Optional(Id),
  ...described,
  rules: StrictObject(rules),
  openingHours: Type.Optional(OpeningHours),
})
export const UpdateInstrumentBody = StrictObject({
  nameZh: Type.Optional(described.nameZh),
  nameEn: Type.Optional(described.nameEn),
  locationZh: Type.Optional(described.locationZh),
  specificationsZh: Type.Optional(described.specificationsZh),
  specificationsEn: Type.Optional(described.specificationsEn),
  servicesZh: Type.Optional(described.servicesZh),
  internalPriceFen: Type.Optional(described.internalPriceFen),
  externalPriceFen: Type.Optional(described.externalPriceFen),
  contactName: Type.Optional(described.contactName),
  contactPhone: Type.Optional(described.contactPhone),
  status: Type.Optional(Type.Enum(instrumentStatuses)),
  rules: Type.Optional(StrictObject(Type.Partial(Type.Object(rules)).properties)),
  openingHours: Type.Optional(OpeningHours),
})

export const CalendarQuery = StrictObject({ from: Instant, to: Instant })
export const CalendarSlot = Type.Object({
  startsAt: Timestamp,
  endsAt: Timestamp,
  heldUntil: Timestamp,
  status: Type.Enum(bookingStatuses),
  /** only the caller's own bookings are named */
  bookingId: Nullable(Type.String()),
})
export const InstrumentCalendar = Type.Object({
  instrumentId: Type.String(),
  from: Timestamp,
  to: Timestamp,
  slots: Type.Array(CalendarSlot),
})

export const AvailabilityQuery = StrictObject({
  from: Instant,
  to: Instant,
  minutes: Type.Optional(
    Type.Integer({
      minimum: 15,
      maximum: 20_160,
      description: "The booking's length; default an hour, within the instrument's shortest and longest",
    }),
  ),
})
export const AvailabilityInterval = Type.Object({
  startsAt: Timestamp,
  endsAt: Timestamp,
  bookable: Type.Boolean(),
  reason: Nullable(Type.Enum(availabilityReasons)),
  code: Nullable(Type.String({ description: 'The refusal code a booking request starting here would get' })),
})
export const InstrumentAvailability = Type.Object({
  instrumentId: Type.String(),
  from: Timestamp,
  to: Timestamp,
  minutes: Type.Integer(),
  stepMinutes: Type.Integer(),
  firstBookableAt: Nullable(Timestamp),
  intervals: Type.Array(AvailabilityInterval),
})
export type AvailabilityQueryInput = Static<typeof AvailabilityQuery>

export const QuoteQuery = StrictObject({
  startsAt: Instant,
  endsAt: Instant,
  sampleCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
})
export const Quote = Type.Object({
  userClass: Type.Enum(userClasses),
  priceUnit: Type.Enum(instrumentPriceUnits),
  unitPriceFen: FenFigure('Price per hour or per sample for the caller'),
  minutes: Type.Integer(),
  amountFen: FenFigure('What the booking costs'),
})

// ---- bookings ----

export const Booking = Type.Object({
  id: Type.String(),
  instrumentId: Type.String(),
  providerId: Type.String(),
  cityCode: Type.String(),
  bookerUserId: Type.String(),
  bookerOrganisationId: Type.String(),
  bookerCityCode: Type.String(),
  userClass: Type.Enum(userClasses),
  startsAt: Timestamp,
  endsAt: Timestamp,
  purpose: Type.String(),
  sampleCount: Nullable(Type.Integer()),
  amountFen: FenFigure('What the booking costs'),
  voucherOrderId: Nullable(Type.String()),
  voucherShareFen: FenFigure('Paid by the innovation voucher'),
  status: Type.Enum(bookingStatuses),
  recurrenceId: Nullable(Type.String()),
  decisionReason: Nullable(Type.String()),
  checkedInAt: Nullable(Timestamp),
  usedMinutes: Nullable(Type.Integer()),
  rating: Nullable(Type.Integer()),
  ratingComment: Nullable(Type.String()),
  cancelledAt: Nullable(Timestamp),
  cancelReason: Nullable(Type.String()),
  ...RecordStamps,
})

/** A booking of a list, with the names of its instrument, the instrument's owner and the booker's organisation. */
export const ListedBooking = Type.Object({
  ...Booking.properties,
  instrument: NamedRecord,
  provider: NamedRecord,
  bookerOrganisation: NamedRecord,
})

/**
 * Bookings sort by when they were requested, when they start, what they cost and where they stand. A firm's
 * bookings are a history (newest first); an owner's desk asks for one waiting status, oldest request first.
 * Bookings carry no number people quote, so the list has no `q`.
 */
export const bookingSorts = ['createdAt', 'startsAt', 'amountFen', 'status'] as const
const bookingQueryFields = {
  ...PageQuery,
  ...SortQuery(bookingSorts, '-createdAt'),
  instrument: Type.Optional(Id),
  provider: Type.Optional(Id),
  status: Type.Optional(Type.Enum(bookingStatuses)),
  mine: Type.Optional(Type.Boolean({ description: "Only the caller's own bookings" })),
}
export const BookingQuery = StrictObject(bookingQueryFields)
/** The bookings list as a file: the list's filters and order, and the file's format and language. */
export const BookingExportQuery = StrictObject({ ...bookingQueryFields, ...ExportFields })

export const CreateBookingBody = StrictObject({
  instrumentId: Id,
  startsAt: Instant,
  endsAt: Instant,
  purpose: Text(500),
  sampleCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  voucher: Type.Optional(
    StrictObject({
      voucherId: Id,
      voucherShareFen: Type.Optional(
        Fen('The share the voucher should pay; absent: as much as the scheme allows'),
      ),
    }),
  ),
  recurrence: Type.Optional(
    StrictObject({
      weeks: Type.Integer({ minimum: 2, maximum: 26, description: 'The same slot this many weeks in a row' }),
      mode: Type.Enum(recurrenceModes),
    }),
  ),
})
export const BookingResult = Type.Object({
  bookings: Type.Array(Booking),
  skipped: Type.Array(
    Type.Object({ startsAt: Timestamp, endsAt: Timestamp, code: Type.String(), message: Type.String() }),
  ),
})
export const ReasonBody = StrictObject({ reason: Text(500) })
export const OptionalReasonBody = StrictObject({ reason: Type.Optional(Text(500)) })
export const CompleteBookingBody = StrictObject({
  usedMinutes: Type.Integer({
    minimum: 0,
    maximum: 20160,
    description: 'Minutes the instrument was really used',
  }),
})
export const RateBookingBody = StrictObject({
  rating: Type.Integer({ minimum: 1, maximum: 5 }),
  comment: Type.Optional(Text(500)),
})

// ---- violations, thresholds and statistics ----

export const ViolationRecord = Type.Object({
  userId: Type.String(),
  violations: Type.Array(
    Type.Object({
      id: Type.String(),
      bookingId: Type.String(),
      instrumentId: Type.String(),
      providerId: Type.String(),
      kind: Type.Enum(violationKinds),
      occurredAt: Timestamp,
      instrument: NamedRecord,
      provider: NamedRecord,
    }),
  ),
  countLast12Months: Type.Integer(),
})
export const OwnerPolicy = Type.Object({
  providerId: Type.String(),
  violationLimit: Type.Integer(),
  violationWindowMonths: Type.Integer(),
})
export const OwnerPolicyBody = StrictObject({
  violationLimit: Type.Integer({
    minimum: 0,
    maximum: 100,
    description: 'More violations than this blacklist',
  }),
  violationWindowMonths: Type.Integer({ minimum: 1, maximum: 60 }),
})
export const GradeLevel = Type.Object({
  grade: Type.Enum(ownerGrades),
  minEffectiveHours: Type.Integer({ minimum: 0, maximum: 100_000 }),
  minSharingRatePercent: Type.Integer({ minimum: 0, maximum: 100 }),
  minRatingTenths: Type.Integer({ minimum: 0, maximum: 50, description: '45 is an average of 4.5 stars' }),
})
export const GradeLevelsBody = StrictObject({ levels: Type.Array(GradeLevel, { minItems: 4, maxItems: 4 }) })
export const GradeLevels = Type.Object({ levels: Type.Array(GradeLevel) })

const statsQueryFields = {
  periodStart: DateOnly,
  periodEnd: DateOnly,
  groupBy: Type.Enum(['instrument', 'owner', 'city']),
  city: Type.Optional(CityCode),
  provider: Type.Optional(Id),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
}
export const StatsQuery = StrictObject(statsQueryFields)
/** The statistics as a file: the same period, grouping and filters, and the file's format and language. */
export const StatsExportQuery = StrictObject({ ...statsQueryFields, ...ExportFields })
const Figures = {
  bookings: Type.Integer(),
  effectiveHours: Type.Number({ description: 'Hours used in completed bookings' }),
  externalHours: Type.Number({ description: 'Of which by users outside the owner' }),
  sharingRatePercent: Type.Number({ description: 'external ÷ effective' }),
  crossCityHours: Type.Number({ description: "Of which by users from another city than the owner's" }),
  incomeFen: FenFigure('Charged for completed bookings'),
  averageRating: Nullable(Type.Number()),
}
export const Stats = Type.Object({
  periodStart: DateOnly,
  periodEnd: DateOnly,
  groupBy: Type.String(),
  rows: Type.Array(
    Type.Object({
      key: Type.String({ description: 'instrument id, provider id or city code' }),
      nameZh: Type.String(),
      nameEn: Type.String(),
      cityCode: Type.String(),
      ...Figures,
      grade: Nullable(Type.Enum(ownerGrades)),
    }),
  ),
  hoursByUserCity: Type.Array(
    Type.Object({ ownerCityCode: Type.String(), userCityCode: Type.String(), hours: Type.Number() }),
  ),
})

export const InstrumentPage = ListPage(ListedInstrument)
export const BookingPage = ListPage(ListedBooking)

export type InstrumentQueryInput = Static<typeof InstrumentQuery>
export type CreateInstrumentInput = Static<typeof CreateInstrumentBody>
export type UpdateInstrumentInput = Static<typeof UpdateInstrumentBody>
export type CreateBookingInput = Static<typeof CreateBookingBody>
export type BookingQueryInput = Static<typeof BookingQuery>
export type QuoteQueryInput = Static<typeof QuoteQuery>
export type StatsQueryInput = Static<typeof StatsQuery>
export type GradeLevelInput = Static<typeof GradeLevel>
export type OwnerPolicyInput = Static<typeof OwnerPolicyBody>
