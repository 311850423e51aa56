// Reading one-stop cases, as each party works: the applicant's own cases (newest first), the window's intake queue
// (oldest waiting first), the deciding office's queue (soonest due first, overdue on top), a city's history; a case
// with its materials, its timeline and the moves the caller may take; and the applicant's rating once it is closed.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, isAllowed, requirePrincipal, type Principal } from '../../platform/authorization'
import { shanghaiDateOf } from '../../platform/calendar'
import { AppError } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { transitionHistory } from '../../platform/workflow'
import * as repository from './cases.repository'
import { caseExportColumns, type CaseExportItem } from './cases.export'
import { caseWorkflow } from './cases.workflow'
import type { CaseQueryInput } from './services.schemas'
import { closedCaseStatuses } from './services.states'

const materialsReadMax = 100
const eventsReadMax = 200
/** Without a sort the list is a history, newest first; the queues ask for theirs (CaseQuery's view). */
const caseSortDefault = '-submittedAt'

/** The parties who read a case: its applicant, the window city's and the competent city's officers, the office. */
const readPolicy = {
  firm: 'own_organisation',
  professional: 'self',
  city_officer: 'own_city',
  corridor_admin: 'any',
} as const

function mayRead(principal: Principal, found: repository.CaseRow): boolean {
  return [
    { organisationId: found.firmId, userId: found.applicantUserId },
    { cityCode: found.windowCityCode },
    { cityCode: found.competentCityCode },
  ].some((scope) => isAllowed(principal, readPolicy, scope))
}

/** The moves the caller may take now: the table's, from the case's state, whose grants reach the caller. */
export function actionsFor(principal: Principal | null, found: repository.CaseRow): string[] {
  if (principal === null) return []
  return caseWorkflow
    .actionsFrom(found.status)
    .filter((action) =>
      (caseWorkflow.rule(action)?.allowed ?? []).some((grant) =>
        isAllowed(principal, grant.policy, grant.scope(found)),
      ),
    )
}

export type CaseView = CaseQueryInput['view']

/** The city an officer's view reads: their own; the corridor office's, the one it asks for (all when none). */
function cityOfView(actor: Principal, query: CaseQueryInput): string | undefined {
  const city = authorize(
    actor,
    { city_officer: 'own_city', corridor_admin: 'any' },
    { cityCode: query.city ?? actor.cityCode },
  )
  return city.role === 'corridor_admin' ? query.city : (actor.cityCode ?? '')
}

/** The filter a view stands for, within what the caller may see. */
function filterOf(actor: Principal, query: CaseQueryInput): repository.CaseFilter {
  const statuses = query.status !== undefined ? [query.status] : undefined
  const common = { q: query.q, overdueOn: query.overdue === true ? shanghaiDateOf() : undefined }
  switch (query.view) {
    case 'mine':
      if (actor.role === 'firm') return { ...common, statuses, firmId: actor.organisationId ?? '' }
      return { ...common, statuses, applicantUserId: actor.userId }
    case 'intake':
      return { ...common, statuses: ['submitted'], windowCityCode: cityOfView(actor, query) }
    case 'deciding':
      return { ...common, statuses: ['in_review'], competentCityCode: cityOfView(actor, query) }
    case 'city':
      return { ...common, statuses, competentCityCode: cityOfView(actor, query) }
  }
}

function sortValueOf(found: repository.CaseRow, key: repository.CaseSortKey) {
  return key === 'dueOn' ? (found.dueOn ?? repository.noDueDay) : found[key]
}

export function createCasesService(db: Database) {
  async function findReadable(principal: Principal | null, id: string) {
    const found = await repository.findCase(db, id)
    if (found === undefined) throw new AppError('SERVICE_CASE_NOT_FOUND', { caseId: id })
    const actor = requirePrincipal(principal)
    if (!mayRead(actor, found)) throw new AppError('FORBIDDEN', { role: actor.role })
    return found
  }

  async function getCase(principal: Principal | null, id: string) {
    const found = await findReadable(principal, id)
    const [materials, moves, events] = await Promise.all([
      repository.materialsOf(db, id, materialsReadMax),
      transitionHistory(db, 'service_case', id),
      repository.eventsOf(db, id, eventsReadMax),
    ])
    return { found, materials, moves, events, actions: actionsFor(principal, found), today: shanghaiDateOf() }
  }

  /** A case just filed as getCase would show it, from what the filing wrote: no moves or events yet, no reads. */
  function filedCase(
    principal: Principal | null,
    filed: { found: repository.CaseRow; materials: repository.CaseMaterialRow[] },
  ): Awaited<ReturnType<typeof getCase>> {
    return {
      found: filed.found,
      materials: filed.materials,
      moves: [],
      events: [],
      actions: actionsFor(principal, filed.found),
      today: shanghaiDateOf(),
    }
  }

  async function listCases(principal: Principal | null, query: CaseQueryInput) {
    const actor = requirePrincipal(principal)
    if (!(actor.role in readPolicy)) throw new AppError('FORBIDDEN', { role: actor.role })
    const page = sortedPageRequest(query, caseSortDefault)
    const read = await repository.listCases(db, filterOf(actor, query), page)
    return toListPage(page, read, (found) => sortValueOf(found, page.order.key))
  }

  /**
   * The cases list as an export: the list's read with the export's row bound instead of a page size, so the file
   * holds what the screen shows in the same order (the names are the case's own, copied at filing).
   */
  async function exportCases(
    principal: Principal | null,
    query: CaseQueryInput,
    rowsMax: number,
  ): Promise<ExportTable<CaseExportItem>> {
    const page = await listCases(principal, { ...query, cursor: undefined, limit: rowsMax })
    return {
      baseName: 'service-cases',
      sheetName: 'cases',
      columns: caseExportColumns,
      items: page.items,
      truncated: page.nextCursor !== null,
    }
  }

  async function getMaterialFile(principal: Principal | null, caseId: string, materialId: string) {
    await findReadable(principal, caseId)
    const file = await repository.fileOf(db, caseId, materialId)
    if (file === undefined) throw new AppError('NOT_FOUND', { caseId, materialId })
    return file
  }

  /** 好差评: the applicant rates a closed case once, 1 to 5, with an optional comment. */
  async function rateCase(
    principal: Principal | null,
    id: string,
    input: { rating: number; comment?: string | undefined },
  ) {
    return db.transaction(async (transaction) => {
      const found = await repository.lockCase(transaction, id)
      if (found === undefined) throw new AppError('SERVICE_CASE_NOT_FOUND', { caseId: id })
      const actor = authorize(
        principal,
        { firm: 'own_organisation', professional: 'self' },
        {
          organisationId: found.firmId,
          userId: found.applicantUserId,
        },
      )
      if (!closedCaseStatuses.includes(found.status as (typeof closedCaseStatuses)[number])) {
        throw new AppError('SERVICE_CASE_NOT_CLOSED', { status: found.status })
      }
      if (found.rating !== null) throw new AppError('SERVICE_CASE_ALREADY_RATED', { caseId: id })
      const rated = await repository.updateCase(transaction, id, {
        rating: input.rating,
        ratingComment: input.comment ?? null,
        ratedAt: new Date(),
      })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'service_case.rate',
        entityType: 'service_case',
        entityId: id,
        cityCode: found.competentCityCode,
        details: { rating: input.rating },
      })
      return rated
    })
  }

  return { getCase, filedCase, listCases, exportCases, getMaterialFile, rateCase }
}

export type CasesService = ReturnType<typeof createCasesService>
