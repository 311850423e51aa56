// Open data: the catalogue of data sets with stable download URLs, and each set as CSV or an Excel workbook,
// honouring the filters it declares. A file's ETag is the hash of its bytes, so a reader that has it gets a 304;
// a file made in the last minute is served again rather than made again.
import { createHash } from 'node:crypto'
import type { Database } from '../../db/client'
import { createTtlCache } from '../../platform/cache'
import { AppError } from '../../platform/errors'
import { toCsv, toXlsx, xlsxContentType, type Cell } from '../../platform/export'
import { cityCodes } from '../registry'
import {
  openDataFilters,
  openDataLicence,
  openDataSets,
  type OpenDataFilter,
  type OpenDataSetId,
} from './open-data.catalogue'
import { openDataRows, type OpenDataQuery } from './open-data.repository'
import { periodRange } from './period'
import { corridorScope } from './insights.states'

export const openDataFormats = ['csv', 'xlsx'] as const
export type OpenDataFormat = (typeof openDataFormats)[number]

export type OpenDataFilters = Partial<Record<OpenDataFilter, string>>

export interface OpenDataFile {
  fileName: string
  contentType: string
  body: Uint8Array
  etag: string
}

const keptMs = 60 * 1000
const keptFilesMax = 64

function setOf(id: string) {
  const found = openDataSets.find((set) => set.id === id)
  if (found === undefined) throw new AppError('INSIGHTS_DATASET_NOT_FOUND', { id })
  return found
}

function queryOf(id: OpenDataSetId, filters: OpenDataFilters): OpenDataQuery {
  const set = setOf(id)
  const allowed: readonly OpenDataFilter[] = set.filters
  for (const filter of openDataFilters)
    if (filters[filter] !== undefined && !allowed.includes(filter))
      throw new AppError('INSIGHTS_DATASET_FILTER_INVALID', { dataset: id, filter })
  const scope = filters.scope ?? null
  if (filters.city !== undefined && !cityCodes.includes(filters.city))
    throw new AppError('INSIGHTS_DATASET_FILTER_INVALID', { dataset: id, filter: 'city' })
  if (scope !== null && scope !== corridorScope && !cityCodes.includes(scope))
    throw new AppError('INSIGHTS_DATASET_FILTER_INVALID', { dataset: id, filter: 'scope' })
  return {
    city: filters.city ?? null,
    industry: filters.industry ?? null,
    kind: filters.kind ?? null,
    scope,
    // the flows and the index are kept for years: a file without a period holds the last ten of them
    range:
      filters.period === undefined
        ? periodRange(`${yearsAgo(9)}-01..${yearsAgo(0)}-12`)
        : periodRange(filters.period),
  }
}

function yearsAgo(years: number): number {
  return new Date().getUTCFullYear() - years
}

/** The URL a data set is downloaded from: stable, the filters in a fixed order. */
export function downloadPath(id: string, format: OpenDataFormat, filters: OpenDataFilters = {}): string {
  const search = new URLSearchParams()
  for (const filter of openDataFilters) {
    const value = filters[filter]
    if (value !== undefined) search.set(filter, value)
  }
  const query = search.toString()
  return `/api/open-data/${id}.${format}${query === '' ? '' : `?${query}`}`
}

export function createOpenData(db: Database) {
  const kept = createTtlCache<Promise<OpenDataFile>>({ ttlMs: keptMs, entriesMax: keptFilesMax })

  function catalogue() {
    return openDataSets.map((set) => ({
      ...set,
      filters: [...set.filters],
      columns: set.columns.map((column) => ({ ...column })),
      licence: openDataLicence,
      downloads: { csv: downloadPath(set.id, 'csv'), xlsx: downloadPath(set.id, 'xlsx') },
    }))
  }

  async function make(
    id: OpenDataSetId,
    format: OpenDataFormat,
    filters: OpenDataFilters,
  ): Promise<OpenDataFile> {
    const set = setOf(id)
    const rows = await openDataRows(db, id, queryOf(id, filters))
    const columns = set.columns.map((column) => ({
      header: column.name,
      kind: column.kind,
      ...('decimals' in column ? { decimals: column.decimals } : {}),
    }))
    const cells: Cell[][] = rows.map((row) => set.columns.map((column) => row[column.name] ?? null))
    const body =
      format === 'csv'
        ? Buffer.from(toCsv(columns, cells), 'utf8')
        : await toXlsx([{ name: set.id.slice(0, 31), columns, rows: cells }])
    return {
      fileName: `g60-${set.id}.${format}`,
      contentType: format === 'csv' ? 'text/csv; charset=utf-8' : xlsxContentType,
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
    }
  }

  /** The set as a file, made at most once a minute per filter. */
  function download(id: string, format: OpenDataFormat, filters: OpenDataFilters): Promise<OpenDataFile> {
    const set = setOf(id)
    queryOf(set.id, filters)
    const key = downloadPath(set.id, format, filters)
    return kept.getOrLoad(key, () => make(set.id, format, filters))
  }

  return { catalogue, download }
}

export type OpenData = ReturnType<typeof createOpenData>
