// Reading awards: the award lists of an issuer (the officer's city, all for the office), one list, and awards of a list,
// of a firm or of an issuer; and the recurring job that escalates a fast-apply award past its promised day.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiDateOf } from '../../platform/calendar'
import { AppError } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import type { RecurringJob } from '../../platform/module'
import { notify } from '../../platform/notifications'
import { awardExportColumns, type AwardExportItem } from './awards.export'
import * as repository from './awards.repository'
import * as notices from './policies.notices'
import { policyPolicies as policies } from './policies.policies'
import type { AwardListQueryInput, AwardQueryInput } from './policies.schemas'

const escalationBatch = 200
/** Without a sort the awards are a history, newest first. */
const awardSortDefault = '-createdAt'
/** Award lists too: the list opened last comes first. */
const awardListSortDefault = '-createdAt'

export interface FirmLookup {
  getFirm(id: string): Promise<{ id: string; cityCode: string; nameZh: string; nameEn: string }>
}

/** A firm's records are read by the firm, its city's officers and workstations, and the office. */
export async function authorizeFirmRead(principal: Principal | null, registry: FirmLookup, firmId: string) {
  if (principal?.role === 'firm')
    return authorize(principal, policies.readFirmMatches, { organisationId: firmId })
  const firm = await registry.getFirm(firmId)
  return authorize(principal, policies.readFirmMatches, { cityCode: firm.cityCode, organisationId: firmId })
}

export function createAwardReads(db: Database, registry: FirmLookup) {
  /** Lists for the office (all) or an officer (own city's), newest first unless sorted otherwise. */
  async function lists(principal: Principal | null, query: AwardListQueryInput) {
    const actor = authorize(principal, policies.readAwards, { cityCode: principal?.cityCode ?? null })
    const issuerCode = actor.role === 'corridor_admin' ? null : actor.cityCode
    const page = sortedPageRequest(query, awardListSortDefault)
    const read = await repository.listAwardListPage(
      db,
      { issuerCode, status: query.status, q: query.q },
      page,
    )
    return toListPage(page, read, (found) => found[page.order.key])
  }

  async function list(principal: Principal | null, listId: string) {
    const found = await repository.findAwardList(db, listId)
    if (found === undefined) throw new AppError('POLICY_AWARD_LIST_NOT_FOUND')
    authorize(principal, policies.readAwards, { cityCode: found.issuerCode })
    return found
  }

  /** Awards: a list's (its city), a firm's (the firm, its city), an issuer's (status filter). */
  async function awards(principal: Principal | null, query: AwardQueryInput) {
    const status = query.status !== undefined ? { status: query.status } : {}
    let filter: repository.AwardFilter
    if (query.listId !== undefined) {
      const found = await list(principal, query.listId)
      filter = { listId: found.id, ...status }
    } else if (query.firmId !== undefined || principal?.role === 'firm') {
      const firmId = query.firmId ?? principal?.organisationId ?? ''
      await authorizeFirmRead(principal, registry, firmId)
      filter = { firmId, ...status }
    } else {
      const actor = authorize(principal, policies.readAwards, { cityCode: principal?.cityCode ?? null })
      filter = {
        ...(actor.role === 'corridor_admin' || actor.cityCode === null ? {} : { issuerCode: actor.cityCode }),
        ...status,
      }
    }
    const page = sortedPageRequest(query, awardSortDefault)
    const read = await repository.listAwardPage(db, { ...filter, q: query.q }, page)
    return toListPage(page, read, (found) => found[page.order.key])
  }

  /**
   * The awards list as an export: the list's read with the export's row bound instead of a page size, so the file
   * holds what the screen shows in the same order, with items and firms by name.
   */
  async function exportAwards(
    principal: Principal | null,
    query: AwardQueryInput,
    rowsMax: number,
  ): Promise<ExportTable<AwardExportItem>> {
    const page = await awards(principal, { ...query, cursor: undefined, limit: rowsMax })
    return {
      baseName: 'policy-awards',
      sheetName: 'awards',
      columns: awardExportColumns,
      items: page.items,
      truncated: page.nextCursor !== null,
    }
  }

  /** One award with its item and firm, as the mover just left it (the mover was authorized). */
  async function detail(awardId: string) {
    const [found] = await repository.listAwards(db, { awardId }, null, 1)
    if (found === undefined) throw new AppError('POLICY_AWARD_NOT_FOUND')
    return found
  }

  /** Money paid, firms reached and days to payment: the corridor's and each city's. */
  async function figures(principal: Principal | null) {
    authorize(principal, policies.readFigures)
    return {
      corridor: await repository.corridorFigures(db),
      cities: await repository.cityFigures(db),
      months: await repository.paidByMonth(db),
    }
  }

  return { lists, list, awards, exportAwards, detail, figures }
}

export type AwardReads = ReturnType<typeof createAwardReads>

/** Confirmed fast-apply awards past their promised day, escalated to the corridor office once. */
export const awardClockJob: RecurringJob = {
  kind: 'policies.award_clock',
  intervalMs: 60 * 60 * 1000,
  firstRunDelayMs: 60 * 1000,
  async run(context) {
    const now = new Date()
    const overdue = await repository.overdueAwards(context.db, shanghaiDateOf(now), escalationBatch)
    await repository.markEscalated(
      context.db,
      overdue.map((award) => award.id),
      now,
    )
    await notify(context.db, overdue.map(notices.awardOverdue))
    return overdue.length === escalationBatch ? 'again' : 'later'
  },
}
