// SQL of the division of labour: how many firms each city has in each industry at the end of each year, from the
// registry's firm facts (a firm counts from the year it was founded).
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'

export interface IndustryCountRow {
  year: number
  cityCode: string
  industryCode: string
  firms: number
}

export async function industryCounts(
  db: Database,
  years: { from: number; to: number },
  highTechOnly: boolean,
): Promise<IndustryCountRow[]> {
  const highTech = highTechOnly ? sql`AND f.is_high_tech` : sql``
  return queryRows<IndustryCountRow>(
    db,
    sql`SELECT y.year::int AS year, f.city_code AS "cityCode", f.industry_code AS "industryCode", count(*)::int AS firms
          FROM generate_series(${years.from}::int, ${years.to}::int) AS y(year)
          JOIN registry_firm_facts f ON f.founded_on <= make_date(y.year, 12, 31) ${highTech}
         GROUP BY 1, 2, 3`,
  )
}
