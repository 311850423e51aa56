// Names for the instruments API's shapes, taken from the generated schema so they never drift from the
// server.
import type { paths } from '../../../shared/api/schema'

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never
type Ok<Path extends keyof paths, Method extends 'get' | 'post' | 'patch'> = paths[Path][Method] extends {
  responses: { 200: infer Response }
}
  ? JsonOf<Response>
  : paths[Path][Method] extends { responses: { 201: infer Response } }
    ? JsonOf<Response>
    : never
type BodyOf<Operation> = Operation extends { requestBody?: infer Request }
  ? JsonOf<NonNullable<Request>>
  : never
type QueryOf<Operation> = Operation extends { parameters: { query?: infer Query } }
  ? NonNullable<Query>
  : never

export type Instrument = Ok<'/api/instruments/{id}', 'get'>
export type InstrumentQuery = QueryOf<paths['/api/instruments']['get']>
export type InstrumentCalendar = Ok<'/api/instruments/{id}/calendar', 'get'>
export type CalendarSlot = InstrumentCalendar['slots'][number]
export type Quote = Ok<'/api/instruments/{id}/quote', 'get'>
export type Booking = Ok<'/api/bookings/{id}', 'get'>
export type BookingQuery = QueryOf<paths['/api/bookings']['get']>
export type BookingResult = Ok<'/api/bookings', 'post'>
export type SkippedRepeat = BookingResult['skipped'][number]
export type ViolationRecord = Ok<'/api/bookings/violations', 'get'>
export type Violation = ViolationRecord['violations'][number]
export type SharingStats = Ok<'/api/instruments/stats', 'get'>
export type SharingStatsRow = SharingStats['rows'][number]
export type StatsQuery = QueryOf<paths['/api/instruments/stats']['get']>
export type GradeLevels = Ok<'/api/instruments/grade-levels', 'get'>

export type CreateInstrumentBody = BodyOf<paths['/api/instruments']['post']>
export type UpdateInstrumentBody = BodyOf<paths['/api/instruments/{id}']['patch']>
export type CreateBookingBody = BodyOf<paths['/api/bookings']['post']>
export type RejectBookingBody = BodyOf<paths['/api/bookings/{id}/reject']['post']>
export type CancelBookingBody = BodyOf<paths['/api/bookings/{id}/cancel']['post']>
export type CompleteBookingBody = BodyOf<paths['/api/bookings/{id}/complete']['post']>
export type RateBookingBody = BodyOf<paths['/api/bookings/{id}/rate']['post']>

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
