// The flow matrices and the records behind each cell. A matrix is a public figure, read from the materialised
// cells; a cell's records are private and read live from the modules' views, each caller within its reach: the
// office all, a city's officers the flows touching their city, an organisation the records it is a party to. A
// money cell of fewer than three records would show one firm's figure: whoever cannot open it sees it suppressed.
import type { Database } from '../../db/client'
import { authorize, isAllowed, requirePrincipal, type Principal } from '../../platform/authorization'
import { createTtlCache } from '../../platform/cache'
import { AppError } from '../../platform/errors'
import { decodeCursor, encodeCursor, pageSizeDefault } from '../../platform/http/schemas'
import * as repository from './flows.repository'
import { insightsPolicies as policies } from './insights.policies'
import { flowKinds, flowUnits, type FlowKind } from './insights.states'
import { periodRange, type MonthRange } from './period'

/** below this many records a money cell is suppressed for those who cannot open it */
export const disclosureRecordsMin = 3

export interface MatrixQuery {
  period?: string
  kind?: FlowKind
  city?: string
}

export interface MatrixCell {
  fromCityCode: string
  toCityCode: string
  /** null when suppressed */
  value: number | null
  records: number
  suppressed: boolean
}

function canOpenCell(
  principal: Principal | null,
  cell: { fromCityCode: string; toCityCode: string },
): boolean {
  if (principal === null) return false
  if (principal.role === 'corridor_admin') return true
  return [cell.fromCityCode, cell.toCityCode].some((cityCode) =>
    isAllowed(principal, policies.readFlowRecords, { cityCode }),
  )
}

function disclosed(
  principal: Principal | null,
  kind: FlowKind,
  cell: Omit<MatrixCell, 'suppressed'>,
): MatrixCell {
  const suppressed =
    flowUnits[kind] === 'fen' && cell.records < disclosureRecordsMin && !canOpenCell(principal, cell)
  return { ...cell, value: suppressed ? null : cell.value, suppressed }
}

export interface RecordsQuery {
  kind: FlowKind
  period?: string
  from?: string
  to?: string
  city?: string
  limit?: number
  cursor?: string
}

export function createFlows(db: Database, options: { cacheMs: number }) {
  // the cells change only when a refresh runs (minutes apart): the summed cells are kept a moment, and each
  // caller's disclosure is applied to the kept copy
  const kept = createTtlCache<ReturnType<typeof repository.matrixOf>>({
    ttlMs: options.cacheMs,
    entriesMax: 200,
  })

  function summedCells(kinds: readonly FlowKind[], range: MonthRange, cityCode: string | null) {
    const key = `${kinds.join(',')}|${range.fromMonth}|${range.toMonth}|${cityCode ?? ''}`
    return kept.getOrLoad(key, () => repository.matrixOf(db, kinds, range, cityCode))
  }

  async function matrices(principal: Principal | null, query: MatrixQuery) {
    const range = periodRange(query.period)
    const kinds = query.kind === undefined ? flowKinds : [query.kind]
    const { cells, refreshed } = await summedCells(kinds, range, query.city ?? null)
    return {
      range,
      refreshed,
      matrices: kinds.map((kind) => {
        const own = cells.filter((cell) => cell.kind === kind)
        const total = own.reduce((sum, cell) => sum + cell.value, 0)
        const cross = own
          .filter((cell) => cell.fromCityCode !== cell.toCityCode)
          .reduce((sum, cell) => sum + cell.value, 0)
        return {
          kind,
          unit: flowUnits[kind],
          total,
          cross,
          records: own.reduce((sum, cell) => sum + cell.records, 0),
          cells: own
            .map(({ fromCityCode, toCityCode, value, records }) =>
              disclosed(principal, kind, { fromCityCode, toCityCode, value, records }),
            )
            .sort(
              (a, b) =>
                a.fromCityCode.localeCompare(b.fromCityCode) || a.toCityCode.localeCompare(b.toCityCode),
            ),
        }
      }),
    }
  }

  /**
   * Who sees which records: the office all; an officer or workstation the records touching its city (a cell between
   * two other cities, or another city's records, is refused); an organisation the records it is a party to.
   */
  function reachOf(principal: Principal | null, query: RecordsQuery) {
    const actor = requirePrincipal(principal)
    if (actor.role === 'corridor_admin') return { cityCode: query.city ?? null, organisationId: null }
    if (actor.role === 'city_officer' || actor.role === 'workstation') {
      const own = actor.cityCode
      const outside =
        (query.city !== undefined && query.city !== own) ||
        (query.from !== undefined && query.to !== undefined && query.from !== own && query.to !== own)
      if (outside || !isAllowed(actor, policies.readFlowRecords, { cityCode: own }))
        throw new AppError('INSIGHTS_CELL_OUT_OF_REACH', { cityCode: own })
      return { cityCode: own, organisationId: null }
    }
    authorize(actor, policies.readOwnFlowRecords, { organisationId: actor.organisationId })
    return { cityCode: query.city ?? null, organisationId: actor.organisationId }
  }

  async function records(principal: Principal | null, query: RecordsQuery) {
    const reach = reachOf(principal, query)
    const range: MonthRange = periodRange(query.period)
    const filter: repository.RecordFilter = {
      kind: query.kind,
      range,
      fromCityCode: query.from ?? null,
      toCityCode: query.to ?? null,
      ...reach,
    }
    const limit = query.limit ?? pageSizeDefault
    const afterKey = decodeCursor(query.cursor)
    const after = afterKey === null ? null : parseKey(afterKey)
    const rows = await repository.recordsOf(db, filter, after, limit)
    const hasMore = rows.length > limit
    const items = hasMore ? rows.slice(0, limit) : rows
    const last = items.at(-1)
    return {
      range,
      kind: query.kind,
      unit: flowUnits[query.kind],
      totals: await repository.recordTotalsOf(db, filter),
      items,
      nextCursor: hasMore && last !== undefined ? encodeCursor(`${last.occurredAt}|${last.recordId}`) : null,
    }
  }

  return { matrices, records }
}

function parseKey(key: string): { occurredAt: string; recordId: string } {
  const [occurredAt, recordId] = key.split('|')
  if (occurredAt === undefined || recordId === undefined || Number.isNaN(Date.parse(occurredAt)))
    throw new AppError('CURSOR_INVALID')
  return { occurredAt, recordId }
}

export type Flows = ReturnType<typeof createFlows>
