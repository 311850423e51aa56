import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core'
import { instant, reference, stamps } from '../../db/columns'
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
    createdAt: stamps.createdAt,
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
    userId: reference('user_id', () => users.id),
    createdAt: stamps.createdAt,
    expiresAt: instant('expires_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
)

export const apiTokens = pgTable('api_tokens', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  userId: reference('user_id', () => users.id),
  name: text('name').notNull(),
  createdAt: stamps.createdAt,
  revokedAt: instant('revoked_at'),
})

export const loginFailures = pgTable(
  'login_failures',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    failedAt: instant('failed_at').notNull().defaultNow(),
  },
  (table) => [index('login_failures_username_idx').on(table.username, table.failedAt)],
)
