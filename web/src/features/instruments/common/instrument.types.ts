// Names for the instruments API's shapes, taken from the generated schema so they never drift from the
// server.
import type { Ok, QueryOf, RequestBody } from '../../../shared/api/schemaTypes'

export type Instrument = Ok<'/api/instruments/{id}', 'get'>
export type InstrumentQuery = QueryOf<'/api/instruments'>
/** An instrument as the catalogue's list answers it, its owner named */
export type ListedInstrument = Ok<'/api/instruments', 'get'>['items'][number]
export type InstrumentCalendar = Ok<'/api/instruments/{id}/calendar', 'get'>
export type CalendarSlot = InstrumentCalendar['slots'][number]
export type InstrumentAvailability = Ok<'/api/instruments/{id}/availability', 'get'>
export type AvailabilityInterval = InstrumentAvailability['intervals'][number]
export type AvailabilityReason = NonNullable<AvailabilityInterval['reason']>
export type Quote = Ok<'/api/instruments/{id}/quote', 'get'>
export type Booking = Ok<'/api/bookings/{id}', 'get'>
export type BookingQuery = QueryOf<'/api/bookings'>
/** A booking as the lists answer it, its instrument, owner and booker's organisation named */
export type ListedBooking = Ok<'/api/bookings', 'get'>['items'][number]
export type BookingResult = Ok<'/api/bookings', 'post'>
export type SkippedRepeat = BookingResult['skipped'][number]
export type ViolationRecord = Ok<'/api/bookings/violations', 'get'>
export type Violation = ViolationRecord['violations'][number]
export type SharingStats = Ok<'/api/instruments/stats', 'get'>
export type SharingStatsRow = SharingStats['rows'][number]
export type StatsQuery = QueryOf<'/api/instruments/stats'>
export type GradeLevels = Ok<'/api/instruments/grade-levels', 'get'>

export type CreateInstrumentBody = RequestBody<'/api/instruments', 'post'>
export type UpdateInstrumentBody = RequestBody<'/api/instruments/{id}', 'patch'>
export type CreateBookingBody = RequestBody<'/api/bookings', 'post'>
export type RejectBookingBody = RequestBody<'/api/bookings/{id}/reject', 'post'>
export type CancelBookingBody = RequestBody<'/api/bookings/{id}/cancel', 'post'>
export type CompleteBookingBody = RequestBody<'/api/bookings/{id}/complete', 'post'>
export type RateBookingBody = RequestBody<'/api/bookings/{id}/rate', 'post'>

export type InstrumentCategory = Instrument['category']
export type ValueTier = Instrument['valueTier']
export type InstrumentStatus = Instrument['status']
export type InstrumentPriceUnit = Instrument['priceUnit']
export type InstrumentRules = Instrument['rules']
export type BookingStatus = Booking['status']
export type UserClass = Booking['userClass']
export type RecurrenceMode = NonNullable<CreateBookingBody['recurrence']>['mode']
export type ViolationKind = Violation['kind']
export type StatsGrouping = StatsQuery['groupBy']
export type OwnerGrade = NonNullable<SharingStatsRow['grade']>
/** an instrument's week of opening periods (Monday first) and whether public holidays close it */
export type OpeningHours = Instrument['openingHours']
export type OpeningPeriod = OpeningHours['weekly'][number][number]
