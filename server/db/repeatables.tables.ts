import { pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/** What each repeatable SQL file (repeatables.ts) was last applied as. */
export const repeatableSql = pgTable('repeatable_sql', {
  /** the function's name, which is the file's name */
  name: text('name').primaryKey(),
  folder: text('folder').notNull(),
  checksum: text('checksum').notNull(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
})
