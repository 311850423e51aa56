// Firms: public search (served from memory when it can), private figures for the firm's side, and edits by the
// firm itself (not its certified facts) or its city.
import { normaliseSearch, searchTextOf } from '../../db/search'
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError, orRefuse } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage, type SortedPageRequest } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import { requireValidCreditCode } from './credit-code'
import { firmExportColumns } from './firms.export'
import type { FirmListPage, OrganisationsDependencies } from './organisations.service'
import * as repository from './organisations.repository'
import { officialFirmFields, registryPolicies as policies } from './registry.policies'
import { findPark } from './registry.repository'
import type { CreateFirmInput, FirmQueryInput, UpdateFirmInput } from './registry.schemas'
import { onCommitted } from '../../db/ambient'

const firmAudit = auditTrail('firm')

async function requireParkInCity(
  dependencies: OrganisationsDependencies,
  parkId: string | null | undefined,
  cityCode: string,
) {
  const { db } = dependencies
  if (parkId === null || parkId === undefined) return
  const park = await findPark(db, parkId)
  if (park === undefined) throw new AppError('REFERENCE_UNKNOWN', { park: parkId })
  if (park.cityCode !== cityCode) throw new AppError('PARK_CITY_MISMATCH', { parkId, cityCode })
}

/** A directory: firms are looked up by name unless a header says otherwise. */
const firmSortDefault = 'nameZh'

/**
 * Firm search is public and the hottest read of the platform: a page may be served from memory for
 * options.publicCacheMs (2 s by default). Any firm written in this process drops the cache at once.
 */
export async function listFirms(
  dependencies: OrganisationsDependencies,
  query: FirmQueryInput,
): Promise<FirmListPage> {
  const { firmPages } = dependencies
  const key = JSON.stringify(Object.entries(query).sort(([left], [right]) => left.localeCompare(right)))
  const cached = firmPages.get(key)
  if (cached !== undefined) return cached.value
  const listed = await readFirmPage(dependencies, query)
  firmPages.set(key, listed)
  return listed
}

async function readFirmPage(dependencies: OrganisationsDependencies, query: FirmQueryInput) {
  const page = sortedPageRequest(query, firmSortDefault)
  const read = await readFirms(dependencies, query, page)
  return toListPage(page, read, (firm) => firm[page.order.key])
}

/**
 * A search term's page is served from the in-memory picture of the registry (firm-search.index.ts), which answers
 * in microseconds where a rare two-character term made PostgreSQL read every firm; without a term, or without a
 * picture, the database answers.
 */
async function readFirms(
  dependencies: OrganisationsDependencies,
  filter: FirmQueryInput,
  page: SortedPageRequest<repository.FirmSortKey>,
) {
  const { db, firmSearch } = dependencies
  const found = normaliseSearch(filter.q) === undefined ? undefined : firmSearch.findFirms(filter, page)
  return found ?? repository.listFirms(db, filter, page)
}

/** The firms list as a file: the list's own read with the export's row bound, in its order, never cached. */
export async function exportFirms(
  dependencies: OrganisationsDependencies,
  query: FirmQueryInput,
  rowsMax: number,
): Promise<ExportTable<repository.FirmListRow>> {
  const page = await readFirmPage(dependencies, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'firms',
    sheetName: 'firms',
    columns: firmExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

/** A firm written here: neither a cached page nor the search picture may hide it. */
function forgetFirmSearches(dependencies: OrganisationsDependencies) {
  const { firmSearch, firmPages } = dependencies
  firmPages.clear()
  onCommitted(() => firmSearch.markStale())
}

export async function getFirm(dependencies: OrganisationsDependencies, id: string) {
  return orRefuse(await repository.findFirm(dependencies.db, id), 'FIRM_NOT_FOUND', { firmId: id })
}

export async function getFirmFigures(
  dependencies: OrganisationsDependencies,
  principal: Principal | null,
  id: string,
) {
  const firm = await getFirm(dependencies, id)
  authorize(principal, policies.readFirmFigures, { cityCode: firm.cityCode, organisationId: firm.id })
  return {
    firmId: firm.id,
    researchSpendFen: firm.researchSpendFen,
    revenueFen: firm.revenueFen,
    staffCount: firm.staffCount,
    figuresReportedOn: firm.figuresReportedOn,
  }
}

export async function createFirm(
  dependencies: OrganisationsDependencies,
  principal: Principal | null,
  input: CreateFirmInput,
) {
  const { db, structure } = dependencies
  const actor = authorize(principal, policies.createFirm, { cityCode: input.cityCode })
  requireValidCreditCode(input.creditCode)
  await structure.requireReference('city', input.cityCode)
  await structure.requireReference('industry', input.industryCode)
  await requireParkInCity(dependencies, input.parkId, input.cityCode)
  const created = await firmAudit.insert(db, actor, input, async (transaction) => {
    const inserted = await repository.insertFirm(transaction, {
      ...input,
      id: newId('firm'),
      searchText: searchTextOf(input.nameZh, input.nameEn, input.creditCode),
    })
    return orRefuse(inserted, 'CREDIT_CODE_TAKEN', { creditCode: input.creditCode })
  })
  forgetFirmSearches(dependencies)
  return created
}

export async function updateFirm(
  dependencies: OrganisationsDependencies,
  principal: Principal | null,
  id: string,
  changes: UpdateFirmInput,
) {
  const { db, structure } = dependencies
  const firm = await getFirm(dependencies, id)
  const actor = authorize(principal, policies.updateFirm, {
    cityCode: firm.cityCode,
    organisationId: firm.id,
  })
  if (actor.role === 'firm') {
    const official = officialFirmFields.filter((field) => changes[field] !== undefined)
    if (official.length > 0) throw new AppError('FIELDS_NOT_EDITABLE', { fields: official })
  }
  await structure.requireReference('industry', changes.industryCode)
  await requireParkInCity(dependencies, changes.parkId, firm.cityCode)
  const result = await firmAudit.update(db, actor, firm, changes, (transaction) =>
    repository.updateFirm(transaction, id, {
      ...changes,
      searchText: searchTextOf(changes.nameZh ?? firm.nameZh, changes.nameEn ?? firm.nameEn, firm.creditCode),
    }),
  )
  forgetFirmSearches(dependencies)
  return result
}
