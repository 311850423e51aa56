// Exports of what a user sees: a list or a statistic, with the same filters and order as on screen, written as CSV
// or an Excel workbook through the same column description as the open-data sets (columns.ts, csv.ts, xlsx.ts).
// Headers and names are in the language the user chose (`lang`, Chinese unless told), amounts are yuan numbers.
// One route helper (`exportRoute`) declares every such download, so each list's export is a query and columns only.
import { Type, type Static, type TSchema } from 'typebox'
import { get, type Route, type RouteRequest } from '../http/routes'
import { FileResponse, sendFile } from '../http/files'
import type { Cell, ColumnKind } from './columns'
import { toCsv } from './csv'
import { toXlsx, xlsxContentType } from './xlsx'

/** An export holds at most this many rows, the first of the list in its order; the answer says when it stopped. */
export const exportRowsMax = 10_000

export const exportFormats = ['csv', 'xlsx'] as const
export const exportLanguages = ['zh', 'en'] as const
export type ExportFormat = (typeof exportFormats)[number]
export type ExportLanguage = (typeof exportLanguages)[number]

/** The query fields every export adds to its list's filters. */
export const ExportFields = {
  format: Type.Optional(Type.Enum(exportFormats, { default: 'xlsx', description: 'csv or xlsx (default)' })),
  lang: Type.Optional(
    Type.Enum(exportLanguages, {
      default: 'zh',
      description: 'Language of headers and names: zh (default) or en',
    }),
  ),
}

/** One column of an export: its header in both languages, its kind, and what each item shows in it. */
export interface ExportColumn<Item> {
  zh: string
  en: string
  kind: ColumnKind
  /** places after the point for decimal and percent columns (2 unless given) */
  decimals?: number
  /** yuan columns take integer fen; names take the language asked for */
  value: (item: Item, language: ExportLanguage) => Cell
}

/** What an export handler answers: the file's base name, its sheet, its columns and the items in list order. */
export interface ExportTable<Item> {
  baseName: string
  sheetName: string
  columns: readonly ExportColumn<Item>[]
  items: readonly Item[]
  /** true when the list holds more than the export took (exportRowsMax) */
  truncated: boolean
}

/** The file of an export table, in the format and language asked for. */
export async function exportFile<Item>(
  table: ExportTable<Item>,
  format: ExportFormat,
  language: ExportLanguage,
): Promise<{ fileName: string; contentType: string; body: string | Uint8Array }> {
  const columns = table.columns.map((column) => ({
    header: language === 'zh' ? column.zh : column.en,
    kind: column.kind,
    ...(column.decimals === undefined ? {} : { decimals: column.decimals }),
  }))
  const rows = table.items.map((item) => table.columns.map((column) => column.value(item, language)))
  if (format === 'csv') {
    return {
      fileName: `${table.baseName}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: toCsv(columns, rows),
    }
  }
  return {
    fileName: `${table.baseName}.xlsx`,
    contentType: xlsxContentType,
    body: await toXlsx([{ name: table.sheetName, columns, rows }]),
  }
}

/** A name in the language asked for. */
export function nameIn(
  language: ExportLanguage,
  named: { nameZh: string; nameEn: string } | undefined,
): string | null {
  if (named === undefined) return null
  return language === 'zh' ? named.nameZh : named.nameEn
}

/**
 * A GET route that downloads a list as a file: `querystring` is the list's own query (its filters, sort and `q`)
 * plus format and lang, `params` the path's of a list that belongs to a record (an alliance's members); the handler
 * reads the list as the list route does, at most exportRowsMax items.
 */
export function exportRoute<Query extends TSchema, Item, Params extends TSchema | undefined = undefined>(
  url: string,
  operation: {
    operationId: string
    summary: string
    description: string
    querystring: Query
    params?: Params
  },
  handler: (request: RouteRequest<Params, Query, undefined>, rowsMax: number) => Promise<ExportTable<Item>>,
): Route {
  return get(url, { ...operation, ok: FileResponse }, async (request, reply) => {
    const query = request.query as Static<Query> & { format?: ExportFormat; lang?: ExportLanguage }
    // Fastify validated the params against `params` before the handler runs; only their type is restated here
    const table = await handler(request as RouteRequest<Params, Query, undefined>, exportRowsMax)
    const file = await exportFile(table, query.format ?? 'xlsx', query.lang ?? 'zh')
    reply.header('x-export-truncated', String(table.truncated))
    return sendFile(reply, file)
  })
}
