// The instruments module's doors in SQL: what other modules' SQL may read of it. A view here is a published
// contract: add columns freely, remove or rename one only with its readers.
import { sql } from 'drizzle-orm'
import { pgView } from 'drizzle-orm/pg-core'
import { flowViewColumns } from '../../db/flow-view'
import { instrumentBookings, instruments } from './instruments.tables'

/** Each booking with the instrument and the organisation it was made for: where, how long it was used, what it cost, how it stands. */
export const instrumentOrganisationBookings = pgView('instrument_organisation_bookings').as((query) =>
  query
    .select({
      id: instrumentBookings.id,
      instrumentId: instrumentBookings.instrumentId,
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

/** Instrument minutes used (completed bookings): the user's city draws on the owner's city. */
export const instrumentCityFlows = pgView('instrument_city_flows', flowViewColumns).as(
  sql`SELECT id AS record_id, 'instrument'::text AS kind, starts_at AS occurred_at,
        booker_city_code AS from_city_code, city_code AS to_city_code, used_minutes::bigint AS value,
        booker_organisation_id AS party_id, provider_id AS counterparty_id
      FROM instrument_bookings WHERE status = 'completed' AND used_minutes IS NOT NULL`,
)

/** The public instrument catalogue (open data): what, where, whose, and the external price; no contacts. */
export const instrumentOpenCatalogue = pgView('instrument_open_catalogue').as((query) =>
  query
    .select({
      id: instruments.id,
      nameZh: instruments.nameZh,
      nameEn: instruments.nameEn,
      providerId: instruments.providerId,
      cityCode: instruments.cityCode,
      model: instruments.model,
      maker: instruments.maker,
      category: instruments.category,
      originalValueFen: instruments.originalValueFen,
      externalPriceFen: instruments.externalPriceFen,
      priceUnit: instruments.priceUnit,
      status: instruments.status,
    })
    .from(instruments),
)

/** Each booking with its instrument's owner and its booker's organisation: the owners' approval queue. */
export const instrumentBookingQueue = pgView('instrument_booking_queue').as((query) =>
  query
    .select({
      id: instrumentBookings.id,
      providerId: instrumentBookings.providerId,
      organisationId: instrumentBookings.bookerOrganisationId,
      status: instrumentBookings.status,
      startsAt: instrumentBookings.startsAt,
    })
    .from(instrumentBookings),
)
