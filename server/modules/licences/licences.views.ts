// The licences module's doors in SQL: what other modules' SQL may read of it. A view here is a published contract:
// add columns freely, remove or rename one only with its readers.
import { pgView } from 'drizzle-orm/pg-core'
import { licences } from './licences.tables'

/** The licences each firm holds: type, issuer, validity and status (a revoked or suspended one is not valid). */
export const licenceHoldings = pgView('licence_holdings').as((query) =>
  query
    .select({
      id: licences.id,
      firmId: licences.firmId,
      issuerCode: licences.issuerCode,
      licenceType: licences.licenceType,
      status: licences.status,
      validFrom: licences.validFrom,
      validUntil: licences.validUntil,
    })
    .from(licences),
)
