// The insights module's own view: every module's flow view as one relation, so the cells, the drill-down and the
// index read the same records the same way.
import { sql } from 'drizzle-orm'
import { pgView } from 'drizzle-orm/pg-core'
import { flowViewColumns } from '../../db/flow-view'

export const insightsFlowRecords = pgView('insights_flow_records', flowViewColumns).as(
  sql`SELECT * FROM voucher_city_flows
      UNION ALL SELECT * FROM instrument_city_flows
      UNION ALL SELECT * FROM service_city_flows
      UNION ALL SELECT * FROM finance_city_flows
      UNION ALL SELECT * FROM policy_city_flows`,
)
