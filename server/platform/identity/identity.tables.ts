import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { oneOf } from '../../db/checks'
import { roles } from '../authorization'

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull().unique(),
    displayNameZh: text('display_name_zh').notNull(),
    displayNameEn: text('display_name_en').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    cityCode: text('city_code'),
    /** firm_…, prov_… or inst_… id of the user's own organisation */
    organisationId: text('organisation_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    oneOf('users_role_check', table.role, roles),
    index('users_organisation_idx').on(table.organisationId),
  ],
)

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie token: a leaked table does not leak live sessions */
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
)

export const apiTokens = pgTable('api_tokens', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
})

export const loginFailures = pgTable(
  'login_failures',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('login_failures_username_idx').on(table.username, table.failedAt)],
)
