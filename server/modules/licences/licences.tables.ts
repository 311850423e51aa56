// Tables of the licences module: the issuers (each city and the corridor office) with their keys, the licences
// they issued as signed credentials, and each issuer's two status lists (revocation, suspension) whose bits change
// in the transaction of the change and are published, signed, with it.
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { oneOf } from '../../db/checks'
import { bytea, instant, recordStamps, stamps } from '../../db/columns'
// Foreign keys only: other modules' rows are read through their index.ts and views.
import { firms } from '../registry/registry.tables'
import {
  keyStates,
  keySuites,
  licenceStatuses,
  statusPurposes,
  type KeyState,
  type LicenceStatus,
} from './licences.states'

export const licenceIssuers = pgTable(
  'licence_issuers',
  {
    /** a city code, or G60 for the corridor office */
    code: text('code').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** whether its credentials carry a second proof with the national algorithms (SM2/SM3) */
    dualSigned: boolean('dual_signed').notNull().default(false),
    /** how many licences it has issued: the n-th gets the status list index (n × stride + offset) mod the list's size */
    nextStatusIndex: integer('next_status_index').notNull().default(0),
    /**
     * odd, drawn at random when the issuer is made: indexes spread over the whole list in an order outsiders cannot
     * read issuance order from (the specification's herd privacy), and never collide
     */
    statusIndexStride: integer('status_index_stride').notNull().default(1),
    statusIndexOffset: integer('status_index_offset').notNull().default(0),
    ...stamps,
  },
  (table) => [
    check(
      'licence_issuers_status_index_check',
      sql`${table.statusIndexStride} % 2 = 1 AND ${table.statusIndexStride} BETWEEN 1 AND 131071
        AND ${table.statusIndexOffset} BETWEEN 0 AND 131071`,
    ),
  ],
)

export const licenceKeys = pgTable(
  'licence_keys',
  {
    /** the fragment of its verification method: <issuer>-<suite>-<serial>, e.g. hz-ed25519-2 */
    id: text('id').primaryKey(),
    issuerCode: text('issuer_code')
      .notNull()
      .references(() => licenceIssuers.code),
    suite: text('suite').notNull(),
    serial: integer('serial').notNull(),
    /** hex: Ed25519 raw 32 bytes, SM2 the uncompressed point */
    publicKeyHex: text('public_key_hex').notNull(),
    /** AES-256-GCM under G60_KEY_SECRET; never selected by anything that answers a request */
    sealedPrivateKey: text('sealed_private_key').notNull(),
    state: text('state').$type<KeyState>().notNull(),
    retiredAt: instant('retired_at'),
    compromisedAt: instant('compromised_at'),
    compromiseReasonZh: text('compromise_reason_zh'),
    compromiseReasonEn: text('compromise_reason_en'),
    ...stamps,
  },
  (table) => [
    oneOf('licence_keys_state_check', table.state, keyStates),
    oneOf('licence_keys_suite_check', table.suite, keySuites),
    uniqueIndex('licence_keys_serial_idx').on(table.issuerCode, table.suite, table.serial),
    uniqueIndex('licence_keys_active_idx')
      .on(table.issuerCode, table.suite)
      .where(sql`${table.state} = 'active'`),
  ],
)

export const licences = pgTable(
  'licences',
  {
    /** the credential's id is urn:uuid:<id> */
    id: text('id').primaryKey(),
    issuerCode: text('issuer_code')
      .notNull()
      .references(() => licenceIssuers.code),
    /** the one-stop case whose approval issued it */
    caseId: text('case_id').notNull(),
    caseNumber: text('case_number').notNull(),
    itemCode: text('item_code').notNull(),
    licenceType: text('licence_type').notNull(),
    licenceNameZh: text('licence_name_zh').notNull(),
    licenceNameEn: text('licence_name_en').notNull(),
    firmId: text('firm_id')
      .notNull()
      .references(() => firms.id),
    creditCode: text('credit_code').notNull(),
    holderNameZh: text('holder_name_zh').notNull(),
    holderNameEn: text('holder_name_en').notNull(),
    validFrom: instant('valid_from').notNull(),
    validUntil: instant('valid_until').notNull(),
    statusIndex: integer('status_index').notNull(),
    status: text('status').$type<LicenceStatus>().notNull(),
    statusReason: text('status_reason'),
    statusChangedAt: instant('status_changed_at'),
    /** the verification method of its Ed25519 proof (the key that signed it) */
    signedWith: text('signed_with').notNull(),
    credential: jsonb('credential').$type<Record<string, unknown>>().notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('licences_status_check', table.status, licenceStatuses),
    uniqueIndex('licences_case_idx').on(table.caseId),
    uniqueIndex('licences_status_index_idx').on(table.issuerCode, table.statusIndex),
    // the lists' orders (docs/ARCHITECTURE.md, "Lists"): a wallet's and a city's by when a licence took effect or
    // ends, by status, and a licence found by its case's number
    index('licences_firm_idx').on(table.firmId, table.validFrom, table.id),
    index('licences_firm_until_idx').on(table.firmId, table.validUntil, table.id),
    index('licences_issuer_idx').on(table.issuerCode, table.validFrom, table.id),
    index('licences_issuer_until_idx').on(table.issuerCode, table.validUntil, table.id),
    index('licences_issuer_status_idx').on(table.issuerCode, table.status, table.id),
    index('licences_valid_from_idx').on(table.validFrom, table.id),
    index('licences_case_number_prefix_idx').on(table.caseNumber.op('text_pattern_ops')),
  ],
)

export const licenceStatusLists = pgTable(
  'licence_status_lists',
  {
    issuerCode: text('issuer_code')
      .notNull()
      .references(() => licenceIssuers.code),
    purpose: text('purpose').notNull(),
    bits: bytea('bits').notNull(),
    /** the signed BitstringStatusListCredential as published, remade in the transaction of each change */
    published: jsonb('published').$type<Record<string, unknown>>().notNull(),
    publishedAt: instant('published_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.issuerCode, table.purpose] }),
    oneOf('licence_status_lists_purpose_check', table.purpose, statusPurposes),
  ],
)
