import { pgTable, text } from 'drizzle-orm/pg-core'
import { instant } from './columns'

/** What each repeatable SQL file (repeatables.ts) was last applied as. */
export const repeatableSql = pgTable('repeatable_sql', {
  /** the function's name, which is the file's name */
  name: text('name').primaryKey(),
  folder: text('folder').notNull(),
  checksum: text('checksum').notNull(),
  appliedAt: instant('applied_at').notNull().defaultNow(),
})
