// Tables of the instruments module: the shared catalogue with each instrument's booking rules, bookings (whose
// held slots can never overlap: an exclusion constraint in migration 0010), violations, and the owners' and the
// corridor's thresholds. Money is integer fen; times are timestamptz.
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { instant, money, recordStamps, reference, stamps } from '../../db/columns'
import { oneOf } from '../../db/checks'
import { cities, providers } from '../registry/registry.tables'
import {
  bookingStatuses,
  defaultWeeklyOpeningMinutes,
  instrumentCategories,
  instrumentPriceUnits,
  instrumentStatuses,
  ownerGrades,
  userClasses,
  violationKinds,
  type WeeklyOpeningMinutes,
} from './instruments.reference'

/** [start, end + buffer): the time a booking keeps the instrument from everyone else */
const timeRange = customType<{ data: string; driverData: string }>({ dataType: () => 'tstzrange' })

export const instruments = pgTable(
  'instruments',
  {
    id: text('id').primaryKey(),
    providerId: reference('provider_id', () => providers.id),
    cityCode: reference('city_code', () => cities.code),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    model: text('model').notNull(),
    maker: text('maker').notNull(),
    category: text('category').notNull(),
    originalValueFen: money('original_value_fen').notNull(),
    locationZh: text('location_zh').notNull(),
    specificationsZh: text('specifications_zh').notNull(),
    specificationsEn: text('specifications_en').notNull(),
    servicesZh: text('services_zh').notNull(),
    priceUnit: text('price_unit').notNull(),
    internalPriceFen: money('internal_price_fen').notNull(),
    externalPriceFen: money('external_price_fen').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    status: text('status').notNull().default('available'),
    // booking rules
    leadTimeHours: integer('lead_time_hours').notNull(),
    minDurationMinutes: integer('min_duration_minutes').notNull(),
    maxDurationMinutes: integer('max_duration_minutes').notNull(),
    bufferMinutes: integer('buffer_minutes').notNull(),
    requiresApproval: boolean('requires_approval').notNull(),
    cancellationNoticeHours: integer('cancellation_notice_hours').notNull(),
    /** hours one organisation may book on this instrument per calendar month (Shanghai); 0: no quota */
    monthlyQuotaHours: integer('monthly_quota_hours').notNull(),
    /** weekly opening periods in Shanghai minutes, Monday first; instrument_opening_refusal() holds bookings to them */
    openingHours: jsonb('opening_hours')
      .$type<WeeklyOpeningMinutes>()
      .notNull()
      .default(defaultWeeklyOpeningMinutes),
    /** closed on the public holidays of the working calendar (calendar_days) */
    closedOnHolidays: boolean('closed_on_holidays').notNull().default(true),
    searchText: text('search_text').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('instruments_category_check', table.category, instrumentCategories),
    oneOf('instruments_status_check', table.status, instrumentStatuses),
    oneOf('instruments_price_unit_check', table.priceUnit, instrumentPriceUnits),
    check(
      'instruments_money_check',
      sql`${table.originalValueFen} >= 30000000 AND ${table.internalPriceFen} > 0
        AND ${table.externalPriceFen} >= ${table.internalPriceFen}`,
    ),
    check(
      'instruments_rules_check',
      sql`${table.leadTimeHours} BETWEEN 0 AND 2160 AND ${table.minDurationMinutes} >= 15
        AND ${table.maxDurationMinutes} BETWEEN ${table.minDurationMinutes} AND 20160
        AND ${table.bufferMinutes} BETWEEN 0 AND 1440 AND ${table.cancellationNoticeHours} BETWEEN 0 AND 720
        AND ${table.monthlyQuotaHours} BETWEEN 0 AND 744`,
    ),
    check(
      'instruments_opening_hours_check',
      sql`jsonb_typeof(${table.openingHours}) = 'array' AND jsonb_array_length(${table.openingHours}) = 7`,
    ),
    index('instruments_city_idx').on(table.cityCode, table.category, table.id),
    index('instruments_provider_idx').on(table.providerId, table.id),
    index('instruments_search_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
    // the catalogue's orders (newest listed, price, value), alone and within a city or an owner
    index('instruments_created_idx').on(table.createdAt, table.id),
    index('instruments_price_idx').on(table.externalPriceFen, table.id),
    index('instruments_value_idx').on(table.originalValueFen, table.id),
    index('instruments_city_created_idx').on(table.cityCode, table.createdAt, table.id),
    index('instruments_provider_created_idx').on(table.providerId, table.createdAt, table.id),
  ],
)

export const instrumentBookings = pgTable(
  'instrument_bookings',
  {
    id: text('id').primaryKey(),
    instrumentId: reference('instrument_id', () => instruments.id),
    providerId: reference('provider_id', () => providers.id),
    cityCode: reference('city_code', () => cities.code),
    bookerUserId: text('booker_user_id').notNull(),
    /** the firm (or provider) the booker acts for */
    bookerOrganisationId: text('booker_organisation_id').notNull(),
    bookerCityCode: reference('booker_city_code', () => cities.code),
    userClass: text('user_class').notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    /** [startsAt, endsAt + the instrument's buffer), set when the booking is made */
    heldDuring: timeRange('held_during').notNull(),
    purpose: text('purpose').notNull(),
    sampleCount: integer('sample_count'),
    amountFen: money('amount_fen').notNull(),
    voucherOrderId: text('voucher_order_id'),
    voucherShareFen: money('voucher_share_fen').notNull().default(0),
    status: text('status').notNull(),
    recurrenceId: text('recurrence_id'),
    decisionReason: text('decision_reason'),
    decidedByUserId: text('decided_by_user_id'),
    decidedAt: instant('decided_at'),
    checkedInAt: instant('checked_in_at'),
    usedMinutes: integer('used_minutes'),
    completedAt: instant('completed_at'),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    cancelledAt: instant('cancelled_at'),
    cancelReason: text('cancel_reason'),
    ...recordStamps,
  },
  (table) => [
    oneOf('instrument_bookings_status_check', table.status, bookingStatuses),
    oneOf('instrument_bookings_class_check', table.userClass, userClasses),
    check('instrument_bookings_time_check', sql`${table.endsAt} > ${table.startsAt}`),
    check(
      'instrument_bookings_money_check',
      sql`${table.amountFen} >= 0 AND ${table.voucherShareFen} >= 0 AND ${table.voucherShareFen} <= ${table.amountFen}
        AND (${table.sampleCount} IS NULL OR ${table.sampleCount} >= 1)`,
    ),
    check(
      'instrument_bookings_completion_check',
      sql`(${table.status} = 'completed') = (${table.usedMinutes} IS NOT NULL AND ${table.completedAt} IS NOT NULL)
        AND (${table.rating} IS NULL OR (${table.status} = 'completed' AND ${table.rating} BETWEEN 1 AND 5))`,
    ),
    index('instrument_bookings_instrument_idx').on(table.instrumentId, table.startsAt),
    index('instrument_bookings_booker_idx').on(table.bookerUserId, table.id),
    index('instrument_bookings_organisation_idx').on(table.bookerOrganisationId, table.startsAt),
    index('instrument_bookings_provider_idx').on(table.providerId, table.status, table.id),
    // the lists' orders: an owner's desk per waiting status (oldest request, next start), every history newest first
    index('instrument_bookings_provider_queue_idx').on(
      table.providerId,
      table.status,
      table.createdAt,
      table.id,
    ),
    index('instrument_bookings_provider_starts_idx').on(
      table.providerId,
      table.status,
      table.startsAt,
      table.id,
    ),
    index('instrument_bookings_provider_created_idx').on(table.providerId, table.createdAt, table.id),
    index('instrument_bookings_organisation_created_idx').on(
      table.bookerOrganisationId,
      table.createdAt,
      table.id,
    ),
    index('instrument_bookings_booker_created_idx').on(table.bookerUserId, table.createdAt, table.id),
    index('instrument_bookings_created_idx').on(table.createdAt, table.id),
    index('instrument_bookings_due_idx')
      .on(table.startsAt)
      .where(sql`${table.status} = 'approved'`),
  ],
)

export const instrumentViolations = pgTable(
  'instrument_violations',
  {
    id: text('id').primaryKey(),
    bookingId: reference('booking_id', () => instrumentBookings.id),
    userId: text('user_id').notNull(),
    organisationId: text('organisation_id').notNull(),
    instrumentId: reference('instrument_id', () => instruments.id),
    providerId: reference('provider_id', () => providers.id),
    kind: text('kind').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    isSynthetic: boolean('is_synthetic').notNull().default(false),
  },
  (table) => [
    oneOf('instrument_violations_kind_check', table.kind, violationKinds),
    uniqueIndex('instrument_violations_booking_idx').on(table.bookingId, table.kind),
    index('instrument_violations_user_idx').on(table.userId, table.occurredAt),
  ],
)

/** An owner's blacklist thresholds; an owner without a row uses the defaults (more than 3 in 12 months). */
export const instrumentOwnerPolicies = pgTable(
  'instrument_owner_policies',
  {
    providerId: text('provider_id')
      .primaryKey()
      .references(() => providers.id),
    violationLimit: integer('violation_limit').notNull(),
    violationWindowMonths: integer('violation_window_months').notNull(),
    updatedAt: stamps.updatedAt,
  },
  (table) => [
    check(
      'instrument_owner_policies_check',
      sql`${table.violationLimit} BETWEEN 0 AND 100 AND ${table.violationWindowMonths} BETWEEN 1 AND 60`,
    ),
  ],
)

/** The corridor's annual grading of owners: the first grade whose every threshold an owner meets. */
export const instrumentGradeLevels = pgTable(
  'instrument_grade_levels',
  {
    grade: text('grade').primaryKey(),
    minEffectiveHours: integer('min_effective_hours').notNull(),
    minSharingRatePercent: integer('min_sharing_rate_percent').notNull(),
    /** tenths of a star: 40 is an average rating of 4.0 */
    minRatingTenths: integer('min_rating_tenths').notNull(),
  },
  (table) => [
    oneOf('instrument_grade_levels_grade_check', table.grade, ownerGrades),
    check(
      'instrument_grade_levels_check',
      sql`${table.minEffectiveHours} >= 0 AND ${table.minSharingRatePercent} BETWEEN 0 AND 100
        AND ${table.minRatingTenths} BETWEEN 0 AND 50`,
    ),
  ],
)
