// The one-stop services module's doors in SQL: what other modules' SQL may read of it. A view here is a published
// contract: add columns freely, remove or rename one only with its readers.
import { eq, sql } from 'drizzle-orm'
import { pgView } from 'drizzle-orm/pg-core'
import { flowViewColumns } from '../../db/flow-view'
import { serviceCases, serviceItems } from './services.tables'

/** Cases accepted: the window city that received the case hands it to the competent city that decides it. */
export const serviceCityFlows = pgView('service_city_flows', flowViewColumns).as(
  sql`SELECT id AS record_id, 'case'::text AS kind, accepted_at AS occurred_at,
        window_city_code AS from_city_code, competent_city_code AS to_city_code, 1::bigint AS value,
        firm_id AS party_id, NULL::text AS counterparty_id
      FROM service_cases WHERE accepted_at IS NOT NULL`,
)

/** Decided cases against their working-day promise: decided on or before the due day is on time. */
export const serviceCaseTimeliness = pgView('service_case_timeliness').as((query) =>
  query
    .select({
      id: serviceCases.id,
      windowCityCode: serviceCases.windowCityCode,
      competentCityCode: serviceCases.competentCityCode,
      decidedAt: serviceCases.decidedAt,
      dueOn: serviceCases.dueOn,
      onTime:
        sql<boolean>`(${serviceCases.decidedAt} AT TIME ZONE 'Asia/Shanghai')::date <= ${serviceCases.dueOn}`.as(
          'on_time',
        ),
    })
    .from(serviceCases)
    .where(sql`${serviceCases.decidedAt} IS NOT NULL AND ${serviceCases.dueOn} IS NOT NULL`),
)

/** The public service catalogue: what can be applied for where, under which promise and fee (open data). */
export const serviceOpenCatalogue = pgView('service_open_catalogue').as((query) =>
  query
    .select({
      code: serviceItems.code,
      nameZh: serviceItems.nameZh,
      nameEn: serviceItems.nameEn,
      category: serviceItems.category,
      competentCityCode: serviceItems.competentCityCode,
      departmentCode: serviceItems.departmentCode,
      mode: serviceItems.mode,
      statutoryDays: serviceItems.statutoryDays,
      promisedDays: serviceItems.promisedDays,
      feeFen: serviceItems.feeFen,
      licenceNameZh: serviceItems.licenceNameZh,
      licenceNameEn: serviceItems.licenceNameEn,
    })
    .from(serviceItems)
    .where(eq(serviceItems.isActive, true)),
)
