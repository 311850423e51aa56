// SQL of the licences module: issuers and their keys, licences, and the status lists' bits and publications.
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { firstRow, recordsOf } from '../../db/records'
import { numberStartsWith, sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { postgresBitOf } from './crypto/status-list'
import { licenceIssuers, licenceKeys, licences, licenceStatusLists } from './licences.tables'
import type { KeyState, StatusPurpose } from './licences.states'

export type IssuerRow = typeof licenceIssuers.$inferSelect
export type KeyRow = typeof licenceKeys.$inferSelect
export type LicenceRow = typeof licences.$inferSelect
export type NewLicence = typeof licences.$inferInsert
export type StatusListRow = typeof licenceStatusLists.$inferSelect

const licenceRecords = recordsOf(licences, licences.id)
export const findLicence = licenceRecords.find
export const lockLicence = licenceRecords.lock
export const insertLicence = licenceRecords.insert
export const changeLicence = licenceRecords.change

/** Every column but the sealed private key: what may leave the keyring. */
const publicKeyColumns = Object.fromEntries(
  Object.entries(getTableColumns(licenceKeys)).filter(([name]) => name !== 'sealedPrivateKey'),
) as Omit<ReturnType<typeof getTableColumns<typeof licenceKeys>>, 'sealedPrivateKey'>
export type PublicKeyRow = Omit<KeyRow, 'sealedPrivateKey'>

export async function insertIssuers(
  db: Database,
  rows: readonly {
    code: string
    nameZh: string
    nameEn: string
    dualSigned: boolean
    statusIndexStride: number
    statusIndexOffset: number
  }[],
) {
  await db
    .insert(licenceIssuers)
    .values([...rows])
    .onConflictDoNothing()
}

export function listIssuers(db: Database): Promise<IssuerRow[]> {
  return db.select().from(licenceIssuers).orderBy(asc(licenceIssuers.code))
}

export function lockIssuer(db: Database, code: string): Promise<IssuerRow | undefined> {
  return firstRow(db.select().from(licenceIssuers).where(eq(licenceIssuers.code, code)).for('update'))
}

export function setDualSigned(db: Database, code: string, dualSigned: boolean) {
  return db
    .update(licenceIssuers)
    .set({ dualSigned, updatedAt: new Date() })
    .where(eq(licenceIssuers.code, code))
}

/** The keys that sign for an issuer now, with their sealed private parts: only the keyring reads this. */
export function activeSealedKeys(db: Database, issuerCode: string): Promise<KeyRow[]> {
  return db
    .select()
    .from(licenceKeys)
    .where(and(eq(licenceKeys.issuerCode, issuerCode), eq(licenceKeys.state, 'active')))
    .orderBy(asc(licenceKeys.suite))
}

/** Public parts only: what DID documents and the keys page show. */
export function publicKeys(db: Database, issuerCode?: string): Promise<PublicKeyRow[]> {
  return db
    .select(publicKeyColumns)
    .from(licenceKeys)
    .where(equalsWhenGiven(licenceKeys.issuerCode, issuerCode))
    .orderBy(asc(licenceKeys.issuerCode), asc(licenceKeys.suite), asc(licenceKeys.serial))
}

export function findPublicKey(db: Database, id: string): Promise<PublicKeyRow | undefined> {
  return firstRow(db.select(publicKeyColumns).from(licenceKeys).where(eq(licenceKeys.id, id)).for('update'))
}

/** The demo data's keys date from before the licences they signed (first start made them moments ago). */
export async function backdateKeys(db: Database, at: Date) {
  await db
    .update(licenceKeys)
    .set({ createdAt: at, updatedAt: at })
    .where(
      sql`${licenceKeys.createdAt} > ${at.toISOString()}::timestamptz AND ${licenceKeys.retiredAt} IS NULL`,
    )
}

export async function lastSerial(db: Database, issuerCode: string, suite: string): Promise<number> {
  const [row] = await db
    .select({ serial: sql<number>`coalesce(max(${licenceKeys.serial}), 0)::int` })
    .from(licenceKeys)
    .where(and(eq(licenceKeys.issuerCode, issuerCode), eq(licenceKeys.suite, suite)))
  return row?.serial ?? 0
}

export async function insertKey(db: Database, row: typeof licenceKeys.$inferInsert): Promise<void> {
  await db.insert(licenceKeys).values(row)
}

/** Retires the active key of the suite (it keeps verifying what it signed); the key retired, if there was one. */
export function retireActiveKey(db: Database, issuerCode: string, suite: string, at: Date) {
  return firstRow(
    db
      .update(licenceKeys)
      .set({ state: 'retired' satisfies KeyState, retiredAt: at, updatedAt: at })
      .where(
        and(
          eq(licenceKeys.issuerCode, issuerCode),
          eq(licenceKeys.suite, suite),
          eq(licenceKeys.state, 'active'),
        ),
      )
      .returning(publicKeyColumns),
  )
}

export function markCompromised(db: Database, id: string, at: Date, reason: { zh: string; en: string }) {
  return firstRow(
    db
      .update(licenceKeys)
      .set({
        state: 'compromised' satisfies KeyState,
        compromisedAt: at,
        compromiseReasonZh: reason.zh,
        compromiseReasonEn: reason.en,
        updatedAt: at,
      })
      .where(eq(licenceKeys.id, id))
      .returning(publicKeyColumns),
  )
}

/** The issuer's next licence number and its index permutation, taken in the caller's transaction. */
export async function takeStatusSlot(db: Database, issuerCode: string) {
  return firstRow(
    db
      .update(licenceIssuers)
      .set({ nextStatusIndex: sql`${licenceIssuers.nextStatusIndex} + 1` })
      .where(eq(licenceIssuers.code, issuerCode))
      .returning({
        taken: sql<number>`${licenceIssuers.nextStatusIndex} - 1`,
        stride: licenceIssuers.statusIndexStride,
        offset: licenceIssuers.statusIndexOffset,
      }),
  )
}

/** The holder's facts, read through the registry's published view. */
export async function firmFacts(db: Database, firmId: string) {
  const [row] = await queryRows<{ id: string; creditCode: string; nameZh: string; nameEn: string }>(
    db,
    sql`SELECT id, credit_code AS "creditCode", name_zh AS "nameZh", name_en AS "nameEn"
        FROM registry_firm_facts WHERE id = ${firmId}`,
  )
  return row
}

export interface LicenceFilter {
  firmId?: string | undefined
  issuerCode?: string | undefined
  status?: string | undefined
  licenceType?: string | undefined
  /** the number of the case that issued it (HF-2026-000123-K), or its beginning */
  q?: string | undefined
}

/** The columns a licence list sorts by (LicenceQuery's sort). */
export const licenceSortColumns = {
  validFrom: licences.validFrom,
  validUntil: licences.validUntil,
  status: licences.status,
}
export type LicenceSortKey = keyof typeof licenceSortColumns

/** One sorted page of licences and how many match, counted up to the request's bound. */
export async function listLicences(
  db: Database,
  filter: LicenceFilter,
  page: SortedPageRequest<LicenceSortKey>,
): Promise<{ rows: LicenceRow[]; total: number }> {
  const conditions = [
    equalsWhenGiven(licences.firmId, filter.firmId),
    equalsWhenGiven(licences.issuerCode, filter.issuerCode),
    equalsWhenGiven(licences.status, filter.status),
    equalsWhenGiven(licences.licenceType, filter.licenceType),
    numberStartsWith(licences.caseNumber, filter.q),
  ]
  return sortedList(
    db,
    {
      select: db.select().from(licences).$dynamic(),
      table: licences,
      sortColumns: licenceSortColumns,
      id: licences.id,
    },
    page,
    conditions,
  )
}

export async function insertStatusList(db: Database, row: typeof licenceStatusLists.$inferInsert) {
  await db.insert(licenceStatusLists).values(row).onConflictDoNothing()
}

export function statusListsOf(db: Database, issuerCode: string) {
  return db.select().from(licenceStatusLists).where(eq(licenceStatusLists.issuerCode, issuerCode))
}

/** Sets one bit of a list in the caller's transaction (the row stays locked to its commit): the list's bits. */
export async function setStatusBit(
  db: Database,
  issuerCode: string,
  purpose: StatusPurpose,
  index: number,
  value: 0 | 1,
): Promise<Uint8Array> {
  const row = await firstRow(
    db
      .update(licenceStatusLists)
      .set({ bits: sql`set_bit(${licenceStatusLists.bits}, ${postgresBitOf(index)}, ${value})` })
      .where(and(eq(licenceStatusLists.issuerCode, issuerCode), eq(licenceStatusLists.purpose, purpose)))
      .returning({ bits: licenceStatusLists.bits }),
  )
  if (row === undefined) throw new Error(`no ${purpose} list for ${issuerCode}`)
  return row.bits
}

export async function storePublished(
  db: Database,
  issuerCode: string,
  purpose: StatusPurpose,
  published: Record<string, unknown>,
  at: Date,
) {
  await db
    .update(licenceStatusLists)
    .set({ published, publishedAt: at })
    .where(and(eq(licenceStatusLists.issuerCode, issuerCode), eq(licenceStatusLists.purpose, purpose)))
}

export function publishedStatusList(db: Database, issuerCode: string, purpose: StatusPurpose) {
  return firstRow(
    db
      .select({ published: licenceStatusLists.published })
      .from(licenceStatusLists)
      .where(and(eq(licenceStatusLists.issuerCode, issuerCode), eq(licenceStatusLists.purpose, purpose))),
  )
}
