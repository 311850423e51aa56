// Indicators against their targets: the published statistics of the corridor and its cities (entered one by one or
// imported from a spreadsheet, each value with its source and publication day, all or nothing) and the platform's
// own measures, computed from its records. Reading them is public; entering them is the office's, and a city's
// officers' for their own city's values of city indicators.
import { createHash } from 'node:crypto'
import type { Database } from '../../db/client'
import { auditTrail } from '../../platform/audit'
import { isAllowed, requirePrincipal, type Policy, type Principal } from '../../platform/authorization'
import { parseDay, shanghaiDateOf, shanghaiPeriodBounds } from '../../platform/calendar'
import { AppError, assert, orRefuse } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { cityReferences } from '../registry'
import {
  dayOfCell,
  importColumns,
  numberOfCell,
  readImportRows,
  textOfCell,
  type CellRead,
  type CellReason,
  type ImportColumn,
  type ImportRow,
} from './indicator-files'
import { indicatorOrder } from './indicators-setup'
import { indicatorPolicies } from './indicators.policies'
import * as repository from './indicators.repository'
import type { IndicatorRow, IndicatorValueRow, NewIndicatorValue, ValueKey } from './indicators.repository'
import { corridorScope, platformMeasures, type PlatformMeasure } from './insights.states'

/** values of each scope an indicator's list entry carries, the latest ones */
export const trendValuesMax = 20
/** the magnitude of a value at most: far beyond any statistic, well within a double's exact integers */
export const valueMagnitudeMax = 1e15
export const sourceCharactersMax = 500
/** row errors an import refusal names at most (it counts them all) */
export const importErrorsShownMax = 50
/** how many years, up to asOf's, a refresh recomputes the measures of */
const measureYearsMax = 30
export const measuredSource = '长三角G60科创走廊平台记录 / G60 platform records'
/** who entered a computed value */
export const systemUserId = 'system'

/** The nine cities in their reference order: the series of a city indicator. */
const cityCodes: readonly string[] = cityReferences.map((city) => city.code)
const enterValues: Policy = indicatorPolicies.enterValues
const valueAudit = auditTrail('indicator_value')
const importAudit = auditTrail('indicator_import')

export interface ValueEntry extends ValueKey {
  value: number
  source: string
  publishedOn: string
}

type EntryReason =
  | 'indicator_unknown'
  | 'indicator_measured'
  | 'scope_invalid'
  | 'scope_forbidden'
  | 'source_missing'
  | 'value_out_of_range'
  | 'value_precision'
  | 'period_end_invalid'
  | 'published_before_period_end'
  | 'published_after_today'
type ImportReason = EntryReason | CellReason | 'duplicate' | 'duplicate_in_file' | 'cell_outside_header'

interface EntryProblem {
  column: ImportColumn
  reason: EntryReason
}

export interface RowError {
  row: number
  column: ImportColumn | null
  reason: ImportReason
}

/** The refusal of a single entry for each reason it can have. */
const refusalCodes = {
  indicator_unknown: 'INSIGHTS_INDICATOR_NOT_FOUND',
  indicator_measured: 'INSIGHTS_INDICATOR_MEASURED',
  scope_invalid: 'INSIGHTS_INDICATOR_SCOPE_INVALID',
  scope_forbidden: 'FORBIDDEN',
  source_missing: 'INSIGHTS_INDICATOR_VALUE_SOURCE_MISSING',
  value_out_of_range: 'VALIDATION_FAILED',
  value_precision: 'INSIGHTS_INDICATOR_VALUE_PRECISION',
  period_end_invalid: 'VALIDATION_FAILED',
  published_before_period_end: 'INSIGHTS_INDICATOR_PUBLICATION_DATE_INVALID',
  published_after_today: 'INSIGHTS_INDICATOR_PUBLICATION_DATE_INVALID',
} as const satisfies Record<EntryReason, string>

const cityOfScope = (scope: string): string | null => (scope === corridorScope ? null : scope)

/** Whether a scope is one of the indicator's: G60 for a corridor indicator, a city's code for a city one. */
function scopeFits(indicator: IndicatorRow, scope: string): boolean {
  return indicator.scope === 'corridor' ? scope === corridorScope : cityCodes.includes(scope)
}

/** A numeric column as PostgreSQL returns it (exact decimal text), as a number: every figure here fits a double. */
function numberOfDecimal(text: string): number {
  const value = Number(text)
  assert(Number.isFinite(value), `a stored decimal reads as a number, not ${text}`)
  return value
}

const isDay = (day: string) => {
  try {
    parseDay(day)
    return true
  } catch {
    return false
  }
}

/** What is wrong with an entry, most fundamental first; the caller may enter values at all. */
function entryProblems(
  indicator: IndicatorRow | undefined,
  entry: ValueEntry,
  actor: Principal,
  today: string,
): EntryProblem[] {
  if (indicator === undefined) return [{ column: 'indicator_code', reason: 'indicator_unknown' }]
  if (indicator.measure !== null) return [{ column: 'indicator_code', reason: 'indicator_measured' }]
  const problems: EntryProblem[] = []
  if (!scopeFits(indicator, entry.scope)) problems.push({ column: 'scope', reason: 'scope_invalid' })
  else if (!isAllowed(actor, enterValues, { cityCode: cityOfScope(entry.scope) }))
    problems.push({ column: 'scope', reason: 'scope_forbidden' })
  if (entry.source.trim() === '') problems.push({ column: 'source', reason: 'source_missing' })
  if (!Number.isFinite(entry.value) || Math.abs(entry.value) > valueMagnitudeMax)
    problems.push({ column: 'value', reason: 'value_out_of_range' })
  // a figure carries the indicator's decimals at most: 3.25 for a percentage of two, never 3.254
  else if (Number(entry.value.toFixed(indicator.decimals)) !== entry.value)
    problems.push({ column: 'value', reason: 'value_precision' })
  if (!isDay(entry.periodEnd)) problems.push({ column: 'period_end', reason: 'period_end_invalid' })
  else if (entry.publishedOn < entry.periodEnd)
    problems.push({ column: 'published_on', reason: 'published_before_period_end' })
  if (entry.publishedOn > today) problems.push({ column: 'published_on', reason: 'published_after_today' })
  return problems
}

/** Only roles that may enter some value go further; which values, their scopes decide. */
function requireEnterer(principal: Principal | null): Principal {
  const actor = requirePrincipal(principal)
  if (enterValues[actor.role] === undefined) throw new AppError('FORBIDDEN', { role: actor.role })
  return actor
}

function newValueRow(entry: ValueEntry, indicator: IndicatorRow, actor: Principal): NewIndicatorValue {
  return {
    id: newId('ival'),
    indicatorCode: entry.indicatorCode,
    scope: entry.scope,
    periodEnd: entry.periodEnd,
    // exactly the figure entered, in the indicator's decimals: what was published, not a double's approximation
    value: entry.value.toFixed(indicator.decimals),
    source: entry.source.trim(),
    publishedOn: entry.publishedOn,
    enteredByUserId: actor.userId,
    isSynthetic: false,
  }
}

export interface ValueView {
  row: IndicatorValueRow
  value: number
  /** value − target, when the indicator has a target */
  gapToTarget: number | null
  onTrack: boolean | null
  measured: boolean
}

export interface SeriesView {
  scope: string
  /** oldest first */
  values: ValueView[]
  latest: ValueView | null
}

export interface IndicatorView {
  indicator: IndicatorRow
  target: number | null
  series: SeriesView[]
}

const targetOf = (indicator: IndicatorRow) =>
  indicator.target === null ? null : numberOfDecimal(indicator.target)

function valueView(indicator: IndicatorRow, target: number | null, row: IndicatorValueRow): ValueView {
  const value = numberOfDecimal(row.value)
  // to six decimals, the column's scale: 3.33 − 3 is 0.33, not 0.33000000000000007
  const gapToTarget = target === null ? null : Number((value - target).toFixed(6))
  const onTrack =
    gapToTarget === null
      ? null
      : indicator.direction === 'higher_is_better'
        ? gapToTarget >= 0
        : gapToTarget <= 0
  return { row, value, gapToTarget, onTrack, measured: row.enteredByUserId === systemUserId }
}

/** An indicator with a series for each of its scopes (or the one asked for), empty where nothing is stored yet. */
function indicatorView(
  indicator: IndicatorRow,
  values: readonly IndicatorValueRow[],
  scope: string | null,
): IndicatorView {
  const target = targetOf(indicator)
  const scopes = scope !== null ? [scope] : indicator.scope === 'corridor' ? [corridorScope] : cityCodes
  return {
    indicator,
    target,
    series: scopes.map((seriesScope) => {
      const seriesValues = values
        .filter((row) => row.indicatorCode === indicator.code && row.scope === seriesScope)
        .map((row) => valueView(indicator, target, row))
      return {
        scope: seriesScope,
        values: seriesValues,
        latest: seriesValues[seriesValues.length - 1] ?? null,
      }
    }),
  }
}

/** Every indicator (those of a scope, when asked) with its latest values and the gap of each to the target. */
async function list(db: Database, filter: { scope?: string | undefined }): Promise<IndicatorView[]> {
  const scope = filter.scope ?? null
  const indicators = (await repository.allIndicators(db))
    .filter((indicator) => scope === null || scopeFits(indicator, scope))
    .sort(
      (first, second) =>
        (indicatorOrder.get(first.code) ?? Number.MAX_SAFE_INTEGER) -
          (indicatorOrder.get(second.code) ?? Number.MAX_SAFE_INTEGER) ||
        first.code.localeCompare(second.code),
    )
  const values = await repository.recentValues(
    db,
    indicators.map((indicator) => indicator.code),
    scope,
    trendValuesMax,
  )
  return indicators.map((indicator) => indicatorView(indicator, values, scope))
}

/** One indicator with every value stored (of one scope, when asked). */
async function get(
  db: Database,
  code: string,
  filter: { scope?: string | undefined },
): Promise<IndicatorView> {
  const indicator = orRefuse(await repository.findIndicator(db, code), 'INSIGHTS_INDICATOR_NOT_FOUND', {
    code,
  })
  const scope = filter.scope ?? null
  if (scope !== null && !scopeFits(indicator, scope))
    throw new AppError('INSIGHTS_INDICATOR_SCOPE_INVALID', { code, scope, indicatorScope: indicator.scope })
  return indicatorView(indicator, await repository.valuesOf(db, indicator.code, scope), scope)
}

export interface AddedValue {
  indicator: IndicatorRow
  value: ValueView
  replaced: boolean
}

/**
 * Enters one value, checked against its indicator (scope, decimals, source, publication day) and the caller's reach;
 * a value already stored for the key is refused unless `replace` is asked, and then kept in the audit record.
 */
async function addValue(
  db: Database,
  principal: Principal | null,
  entry: ValueEntry & { replace?: boolean | undefined },
): Promise<AddedValue> {
  const actor = requireEnterer(principal)
  const found = await repository.findIndicator(db, entry.indicatorCode)
  const problem = entryProblems(found, entry, actor, shanghaiDateOf())[0]
  if (problem !== undefined)
    throw new AppError(refusalCodes[problem.reason], {
      reason: problem.reason,
      field: problem.column,
      indicatorCode: entry.indicatorCode,
      scope: entry.scope,
      ...(found === undefined ? {} : { indicatorScope: found.scope, decimals: found.decimals }),
    })
  const indicator = orRefuse(found, 'INSIGHTS_INDICATOR_NOT_FOUND', { code: entry.indicatorCode })
  const replace = entry.replace === true
  const key: ValueKey = { indicatorCode: indicator.code, scope: entry.scope, periodEnd: entry.periodEnd }
  const written = await db.transaction(async (transaction) => {
    const previous = await repository.findValue(transaction, key, { lock: true })
    if (previous !== undefined && !replace)
      throw new AppError('INSIGHTS_INDICATOR_VALUE_DUPLICATE', { ...key, storedValue: previous.value })
    const row = newValueRow(entry, indicator, actor)
    const [stored] = await repository.writeValues(transaction, [row], replace)
    // another entry of the key committed between the read and the insert: the unique key refused this one
    if (stored === undefined) throw new AppError('INSIGHTS_INDICATOR_VALUE_DUPLICATE', { ...key })
    await valueAudit.record(
      transaction,
      actor,
      stored.inserted ? 'create' : 'replace',
      { id: stored.id, cityCode: cityOfScope(key.scope) },
      {
        ...key,
        value: row.value,
        source: row.source,
        publishedOn: row.publishedOn,
        previous:
          previous === undefined
            ? null
            : { value: previous.value, source: previous.source, publishedOn: previous.publishedOn },
      },
    )
    return stored
  })
  const stored = await repository.findValue(db, key, { lock: false })
  assert(stored !== undefined, 'the value just written is stored')
  return { indicator, value: valueView(indicator, targetOf(indicator), stored), replaced: !written.inserted }
}

export interface ImportFile {
  fileName: string
  contentBase64: string
  replace?: boolean | undefined
}

export interface ImportSummary {
  importId: string
  fileName: string
  rows: number
  inserted: number
  replaced: number
  /** rows per indicator, in code order */
  indicators: { code: string; rows: number }[]
}

interface CheckedEntry {
  row: number
  entry: ValueEntry
  indicator: IndicatorRow
}

function decodeBase64(contentBase64: string): Buffer {
  const compact = contentBase64.replace(/\s+/g, '')
  if (compact.length === 0 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
    throw new AppError('INSIGHTS_IMPORT_FORMAT', { reason: 'base64' })
  return Buffer.from(compact, 'base64')
}

const required = (read: CellRead<string>): CellRead<string> =>
  'value' in read && read.value === '' ? { reason: 'required' } : read

/** A row's cells read as an entry; each cell that cannot be read is a row error, and then there is no entry. */
function entryOfRow(row: ImportRow, errors: RowError[]): ValueEntry | null {
  const errorsBefore = errors.length
  function read<Value>(column: ImportColumn, cell: CellRead<Value>): Value | undefined {
    if ('value' in cell) return cell.value
    errors.push({ row: row.rowNumber, column, reason: cell.reason })
    return undefined
  }
  const indicatorCode = read('indicator_code', required(textOfCell(row.cells.indicator_code, 60)))
  const scope = read('scope', required(textOfCell(row.cells.scope, 10)))
  const periodEnd = read('period_end', dayOfCell(row.cells.period_end))
  const value = read('value', numberOfCell(row.cells.value))
  const source = read('source', textOfCell(row.cells.source, sourceCharactersMax))
  const publishedOn = read('published_on', dayOfCell(row.cells.published_on))
  if (row.hasCellsOutsideHeader)
    errors.push({ row: row.rowNumber, column: null, reason: 'cell_outside_header' })
  if (
    errors.length > errorsBefore ||
    indicatorCode === undefined ||
    scope === undefined ||
    periodEnd === undefined ||
    value === undefined ||
    source === undefined ||
    publishedOn === undefined
  )
    return null
  // codes are written as people type them: hf for HF, RD_Intensity for rd_intensity
  return {
    indicatorCode: indicatorCode.toLowerCase(),
    scope: scope.toUpperCase(),
    periodEnd,
    value,
    source,
    publishedOn,
  }
}

/** Every row checked as an entry would be, and against the file's other rows: the entries, or every error. */
function checkRows(
  rows: readonly ImportRow[],
  indicators: ReadonlyMap<string, IndicatorRow>,
  actor: Principal,
  today: string,
): { entries: CheckedEntry[]; errors: RowError[] } {
  const errors: RowError[] = []
  const entries: CheckedEntry[] = []
  const keysSeen = new Set<string>()
  for (const row of rows) {
    const entry = entryOfRow(row, errors)
    if (entry === null) continue
    const indicator = indicators.get(entry.indicatorCode)
    const problems = entryProblems(indicator, entry, actor, today)
    errors.push(...problems.map(({ column, reason }) => ({ row: row.rowNumber, column, reason })))
    const key = JSON.stringify([entry.indicatorCode, entry.scope, entry.periodEnd])
    if (keysSeen.has(key))
      errors.push({ row: row.rowNumber, column: 'period_end', reason: 'duplicate_in_file' })
    keysSeen.add(key)
    if (problems.length === 0 && indicator !== undefined)
      entries.push({ row: row.rowNumber, entry, indicator })
  }
  return { entries, errors }
}

const keyText = (key: ValueKey) => JSON.stringify([key.indicatorCode, key.scope, key.periodEnd])

/** The entries whose key has a value stored, as row errors. */
async function storedDuplicates(db: Database, entries: readonly CheckedEntry[]): Promise<RowError[]> {
  const stored = new Set(
    (
      await repository.existingKeys(
        db,
        entries.map(({ entry }) => ({
          indicatorCode: entry.indicatorCode,
          scope: entry.scope,
          periodEnd: entry.periodEnd,
        })),
      )
    ).map(keyText),
  )
  return entries
    .filter(({ entry }) => stored.has(keyText(entry)))
    .map(({ row }) => ({ row, column: 'period_end', reason: 'duplicate' }))
}

function importRefusal(rows: number, errors: readonly RowError[]): AppError {
  const sorted = [...errors].sort((first, second) => first.row - second.row)
  return new AppError('INSIGHTS_IMPORT_INVALID', {
    rows,
    errorCount: errors.length,
    errors: sorted.slice(0, importErrorsShownMax),
    columns: importColumns,
  })
}

function rowsPerIndicator(entries: readonly CheckedEntry[]): { code: string; rows: number }[] {
  const counts = new Map<string, number>()
  for (const { entry } of entries) counts.set(entry.indicatorCode, (counts.get(entry.indicatorCode) ?? 0) + 1)
  return [...counts]
    .map(([code, rows]) => ({ code, rows }))
    .sort((first, second) => first.code.localeCompare(second.code))
}

/**
 * Imports a file of values, all or nothing: every row is checked as a single entry would be (and the caller's reach
 * decides each row's scope); any error refuses the file with its rows and reasons, and nothing is stored.
 */
async function importValues(
  db: Database,
  principal: Principal | null,
  file: ImportFile,
): Promise<ImportSummary> {
  const actor = requireEnterer(principal)
  const content = decodeBase64(file.contentBase64)
  const rows = await readImportRows(file.fileName, content)
  const indicators = new Map(
    (await repository.allIndicators(db)).map((indicator) => [indicator.code, indicator]),
  )
  const replace = file.replace === true
  const { entries, errors } = checkRows(rows, indicators, actor, shanghaiDateOf())
  if (errors.length === 0 && !replace) errors.push(...(await storedDuplicates(db, entries)))
  if (errors.length > 0) throw importRefusal(rows.length, errors)
  const importId = newId('iimp')
  const summary = await db.transaction(async (transaction) => {
    const written = await repository.writeValues(
      transaction,
      entries.map(({ entry, indicator }) => newValueRow(entry, indicator, actor)),
      replace,
    )
    if (written.length < entries.length) {
      // rows of the same keys committed since the check: the unique key kept them, and this import stores nothing
      const writtenKeys = new Set(written.map(keyText))
      throw importRefusal(
        rows.length,
        entries
          .filter(({ entry }) => !writtenKeys.has(keyText(entry)))
          .map(({ row }) => ({ row, column: 'period_end', reason: 'duplicate' })),
      )
    }
    const counts = {
      rows: entries.length,
      inserted: written.filter((value) => value.inserted).length,
      replaced: written.filter((value) => !value.inserted).length,
      indicators: rowsPerIndicator(entries),
    }
    await importAudit.record(
      transaction,
      actor,
      'create',
      { id: importId, cityCode: actor.cityCode },
      { fileName: file.fileName, sha256: createHash('sha256').update(content).digest('hex'), ...counts },
    )
    return counts
  })
  return { importId, fileName: file.fileName, ...summary }
}

/**
 * The platform's own measures, for the corridor, per Shanghai year up to asOf's (the current year so far): the voucher
 * money spent across city lines and the share of cases decided on time, upserted with the platform as their source
 * and asOf's day as the publication day of a changed figure. Runs in the caller's transaction (the refresh job's).
 */
export async function recomputePlatformMeasures(
  transaction: Database,
  asOf: Date,
): Promise<{ values: number; changed: number }> {
  const indicators = await repository.allIndicators(transaction)
  const asOfDay = shanghaiDateOf(asOf)
  const year = Number(asOfDay.slice(0, 4))
  const bounds = shanghaiPeriodBounds(`${year - measureYearsMax + 1}-01-01`, asOfDay, 366 * measureYearsMax)
  assert(bounds !== null, 'the measured years make a period')
  const figuresOf: Record<PlatformMeasure, () => Promise<repository.YearFigure[]>> = {
    cross_city_voucher_value: () => repository.crossCityVoucherYuanByYear(transaction, bounds.fromAt, asOf),
    on_time_case_share: () => repository.onTimeCaseShareByYear(transaction, bounds.fromAt, asOf),
  }
  const rows: NewIndicatorValue[] = []
  for (const measure of platformMeasures) {
    const indicator = indicators.find((candidate) => candidate.measure === measure)
    assert(indicator?.scope === 'corridor', `a corridor indicator measures ${measure} (ensureIndicators ran)`)
    for (const figure of await figuresOf[measure]())
      rows.push({
        id: newId('ival'),
        indicatorCode: indicator.code,
        scope: corridorScope,
        periodEnd: `${figure.year}-12-31`,
        value: figure.value,
        source: measuredSource,
        publishedOn: asOfDay,
        enteredByUserId: systemUserId,
        isSynthetic: false,
      })
  }
  return { values: rows.length, changed: await repository.upsertMeasuredValues(transaction, rows) }
}

export function createIndicators(db: Database) {
  return {
    /** public: the values are published statistics, shown to anyone signed in or not */
    list: (_principal: Principal | null, filter: { scope?: string | undefined } = {}) => list(db, filter),
    get: (code: string, filter: { scope?: string | undefined } = {}) => get(db, code, filter),
    addValue: (principal: Principal | null, entry: ValueEntry & { replace?: boolean | undefined }) =>
      addValue(db, principal, entry),
    importValues: (principal: Principal | null, file: ImportFile) => importValues(db, principal, file),
  }
}

export type Indicators = ReturnType<typeof createIndicators>
