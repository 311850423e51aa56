// The instruments module's vocabulary: every enumerated value the tables, schemas and rules share, each with the
// Chinese and English names users see.

/** After the national classification of large research instruments (大型科研仪器分类), the kinds shared most. */
export const instrumentCategories = [
  'analytical',
  'physical_property',
  'metrology',
  'electronic_measurement',
  'medical_research',
  'special_testing',
  'process_testing',
  'laser',
  'computing',
  'other',
] as const
export type InstrumentCategory = (typeof instrumentCategories)[number]

/** Value tiers of the sharing programmes: from ¥300k (the floor), from ¥500k, from ¥10M. */
export const valueTiers = ['from_300k', 'from_500k', 'from_10m'] as const
export type ValueTier = (typeof valueTiers)[number]
export const valueTierFloorsFen: Record<ValueTier, number> = {
  from_300k: 300_000_00,
  from_500k: 500_000_00,
  from_10m: 10_000_000_00,
}

export const instrumentStatuses = ['available', 'maintenance', 'retired'] as const
export type InstrumentStatus = (typeof instrumentStatuses)[number]

export const instrumentPriceUnits = ['per_hour', 'per_sample'] as const
export type InstrumentPriceUnit = (typeof instrumentPriceUnits)[number]

/** internal: the booker belongs to the owning organisation; external: anyone else */
export const userClasses = ['internal', 'external'] as const
export type UserClass = (typeof userClasses)[number]

/**
 * requested → approved (or rejected) → checked_in → completed; cancelled before the notice runs out; no_show when
 * nobody checks in within the grace period. The first three hold the slot.
 */
export const bookingStatuses = [
  'requested',
  'approved',
  'rejected',
  'cancelled',
  'checked_in',
  'completed',
  'no_show',
] as const
export type BookingStatus = (typeof bookingStatuses)[number]
export const slotHoldingStatuses: readonly BookingStatus[] = ['requested', 'approved', 'checked_in']

export const violationKinds = ['no_show', 'overbooked'] as const
export type ViolationKind = (typeof violationKinds)[number]

export const recurrenceModes = ['skip_conflicts', 'all_or_nothing'] as const
export type RecurrenceMode = (typeof recurrenceModes)[number]

export const ownerGrades = ['A', 'B', 'C', 'D'] as const
export type OwnerGrade = (typeof ownerGrades)[number]

interface Names {
  zh: string
  en: string
}

export const instrumentCategoryNames: Record<InstrumentCategory, Names> = {
  analytical: { zh: '分析仪器', en: 'analytical instruments' },
  physical_property: { zh: '物理性能测试仪器', en: 'physical property testing' },
  metrology: { zh: '计量仪器', en: 'metrology' },
  electronic_measurement: { zh: '电子测量仪器', en: 'electronic measurement' },
  medical_research: { zh: '医学科研仪器', en: 'medical research' },
  special_testing: { zh: '特种检测仪器', en: 'special testing' },
  process_testing: { zh: '工艺试验仪器', en: 'process testing' },
  laser: { zh: '激光器', en: 'lasers' },
  computing: { zh: '计算机及其配套设备', en: 'computing' },
  other: { zh: '其他仪器', en: 'other' },
}

export const valueTierNames: Record<ValueTier, Names> = {
  from_300k: { zh: '30万元及以上', en: '¥300k and above' },
  from_500k: { zh: '50万元及以上', en: '¥500k and above' },
  from_10m: { zh: '1000万元及以上', en: '¥10M and above' },
}

/** The tier of an instrument's original value; below ¥300k an instrument is not in the sharing catalogue. */
export function valueTierOf(originalValueFen: number): ValueTier | null {
  if (originalValueFen >= valueTierFloorsFen.from_10m) return 'from_10m'
  if (originalValueFen >= valueTierFloorsFen.from_500k) return 'from_500k'
  if (originalValueFen >= valueTierFloorsFen.from_300k) return 'from_300k'
  return null
}

/**
 * Why a slot of the calendar cannot be booked by the caller: inside the lead time (or past), the instrument closed
 * (under maintenance or retired), the booking length outside the rules, the booking not wholly inside the opening
 * hours (or on a holiday the instrument keeps), the caller on the owner's blacklist, the organisation's monthly quota
 * used up, or the time held by another booking.
 */
export const availabilityReasons = [
  'lead_time',
  'closed',
  'duration',
  'outside_hours',
  'blacklisted',
  'quota',
  'taken',
] as const
export type AvailabilityReason = (typeof availabilityReasons)[number]

/** One opening period of a day, in minutes from Shanghai midnight: [opens, closes), on whole half hours, ≤ 1440. */
export type OpeningPeriodMinutes = [number, number]
/** A week of opening periods, Monday first (ISO weekday 1–7), each day's sorted, disjoint and not touching. */
export type WeeklyOpeningMinutes = OpeningPeriodMinutes[][]

export const openingStepMinutes = 30
export const openingPeriodsPerDayMax = 12
export const minutesPerDay = 24 * 60
/** What an instrument opens when its owner has not said otherwise: Monday to Friday, 09:00–17:30. */
export const defaultWeeklyOpeningMinutes: WeeklyOpeningMinutes = [
  [[540, 1050]],
  [[540, 1050]],
  [[540, 1050]],
  [[540, 1050]],
  [[540, 1050]],
  [],
  [],
]
