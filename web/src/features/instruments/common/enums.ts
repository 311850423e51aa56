// The instruments API's enumerations as lists for filters and forms, each checked against the generated
// types: a value the server adds makes this file fail to compile until it is listed (and translated under
// `instruments.enums.*`).
import { everyValueOf } from '../../../shared/ui/enums'
import type {
  BookingStatus,
  InstrumentCategory,
  InstrumentPriceUnit,
  InstrumentStatus,
  OwnerGrade,
  RecurrenceMode,
  StatsGrouping,
  UserClass,
  ValueTier,
  ViolationKind,
} from './instrument.types'

export const instrumentCategories = everyValueOf<InstrumentCategory>()([
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
])
export const valueTiers = everyValueOf<ValueTier>()(['from_300k', 'from_500k', 'from_10m'])
export const instrumentStatuses = everyValueOf<InstrumentStatus>()(['available', 'maintenance', 'retired'])
export const instrumentPriceUnits = everyValueOf<InstrumentPriceUnit>()(['per_hour', 'per_sample'])
export const bookingStatuses = everyValueOf<BookingStatus>()([
  'requested',
  'approved',
  'checked_in',
  'completed',
  'rejected',
  'cancelled',
  'no_show',
])
export const userClasses = everyValueOf<UserClass>()(['internal', 'external'])
export const recurrenceModes = everyValueOf<RecurrenceMode>()(['skip_conflicts', 'all_or_nothing'])
export const violationKinds = everyValueOf<ViolationKind>()(['no_show', 'overbooked'])
export const statsGroupings = everyValueOf<StatsGrouping>()(['city', 'owner', 'instrument'])
export const ownerGrades = everyValueOf<OwnerGrade>()(['A', 'B', 'C', 'D'])

/** Bookings that still hold their slot on the calendar. */
export const slotHoldingStatuses: readonly BookingStatus[] = ['requested', 'approved', 'checked_in']
