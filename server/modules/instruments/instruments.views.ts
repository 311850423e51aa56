// The instruments module's doors in SQL: what other modules' SQL may read of it. A view here is a published
// contract: add columns freely, remove or rename one only with its readers.
import { pgView } from 'drizzle-orm/pg-core'
import { instrumentBookings } from './instruments.tables'

/** Each booking with the organisation it was made for: where, how long it was used, what it cost, how it stands. */
export const instrumentOrganisationBookings = pgView('instrument_organisation_bookings').as((query) =>
  query
    .select({
      id: instrumentBookings.id,
      organisationId: instrumentBookings.bookerOrganisationId,
      cityCode: instrumentBookings.cityCode,
      bookerCityCode: instrumentBookings.bookerCityCode,
      amountFen: instrumentBookings.amountFen,
      usedMinutes: instrumentBookings.usedMinutes,
      status: instrumentBookings.status,
      startsAt: instrumentBookings.startsAt,
      completedAt: instrumentBookings.completedAt,
    })
    .from(instrumentBookings),
)
