import { boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core'
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
    /** set by a password reset: until the user chooses a new password, only that change is allowed */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: stamps.createdAt,
    updatedAt: stamps.updatedAt,
  },
  (table) => [
    oneOf('users_role_check', table.role, roles),
    index('users_organisation_idx').on(table.organisationId),
    // the administration list: newest first (or oldest), narrowed by city
    index('users_created_idx').on(table.createdAt, table.id),
    index('users_city_idx').on(table.cityCode, table.createdAt),
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

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: reference('user_id', () => users.id),
    name: text('name').notNull(),
    createdAt: stamps.createdAt,
    revokedAt: instant('revoked_at'),
  },
  // disabling a user revokes its tokens by user
  (table) => [index('api_tokens_user_idx').on(table.userId)],
)

/**
 * One row per username tried at sign-in: the account's failures in a row and when the next check may run. A check
 * claims the row (checking_until) so that a parallel burst gets one check at a time, as a sequential one would.
 */
export const signInAccountDelays = pgTable(
  'sign_in_account_delays',
  {
    username: text('username').primaryKey(),
    failuresInRow: integer('failures_in_row').notNull().default(0),
    nextCheckAt: instant('next_check_at').notNull().defaultNow(),
    /** a check is running until then (bounded, so a crashed process frees the account by itself) */
    checkingUntil: instant('checking_until'),
  },
  // the housekeeping sweep: rows whose delay ended long ago
  (table) => [index('sign_in_account_delays_next_idx').on(table.nextCheckAt)],
)

/** One row per client address: its failed sign-ins (checks in flight included) in the current window. */
export const signInAddressBudgets = pgTable(
  'sign_in_address_budgets',
  {
    address: text('address').primaryKey(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: instant('window_started_at').notNull().defaultNow(),
  },
  (table) => [index('sign_in_address_budgets_window_idx').on(table.windowStartedAt)],
)
