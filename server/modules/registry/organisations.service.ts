// Rules for the corridor's organisations: firms (with private figures), institutions and providers, one file each;
// this builds the service the routes and the other modules use, with the firm search's picture and page cache.
import type { Database } from '../../db/client'
import { createTtlCache, type TtlCache } from '../../platform/cache'
import { createFirmSearchIndex } from './firm-search.index'
import { createFirm, exportFirms, getFirm, getFirmFigures, listFirms, updateFirm } from './firms.service'
import {
  createInstitution,
  exportInstitutions,
  getInstitution,
  listInstitutions,
  updateInstitution,
} from './institutions.service'
import type * as repository from './organisations.repository'
import {
  changeAdmission,
  createProvider,
  exportProviders,
  getProvider,
  listProviders,
  updateProvider,
} from './providers.service'
import type { StructureService } from './registry.service'

export interface OrganisationsOptions {
  /** How long a firm search page may be served from memory; 0 turns the page cache off. */
  publicCacheMs: number
  /** How often the in-memory firm search picture checks for writes by other processes; 0 turns it off. */
  searchRefreshMs: number
}

/** A page of the firm list as its service answers it. */
export interface FirmListPage {
  items: repository.FirmListRow[]
  nextCursor: string | null
  total: number
  totalIsExact: boolean
}

/** Distinct firm searches kept at once. */
const firmPagesMax = 5000

export interface OrganisationsDependencies {
  db: Database
  structure: StructureService
  /** the in-memory picture of the registry that answers searches with a term (firm-search.index.ts) */
  firmSearch: ReturnType<typeof createFirmSearchIndex>
  /** firm search pages served from memory for options.publicCacheMs */
  firmPages: TtlCache<FirmListPage>
}

export function createOrganisationsService(
  db: Database,
  structure: StructureService,
  options: OrganisationsOptions = { publicCacheMs: 0, searchRefreshMs: 0 },
) {
  const firmSearch = createFirmSearchIndex(db, { refreshMs: options.searchRefreshMs })
  const firmPages = createTtlCache<FirmListPage>({
    ttlMs: options.publicCacheMs,
    entriesMax: firmPagesMax,
  })
  const dependencies: OrganisationsDependencies = { db, structure, firmSearch, firmPages }
  return {
    listFirms: listFirms.bind(null, dependencies),
    exportFirms: exportFirms.bind(null, dependencies),
    /** How the in-memory firm search picture stands, for /metrics and tests. */
    firmSearchStatus: firmSearch.status,
    /** Resolves when the picture's background load or check is done, for tests and shutdown. */
    firmSearchSettled: firmSearch.settled,
    getFirm: getFirm.bind(null, dependencies),
    getFirmFigures: getFirmFigures.bind(null, dependencies),
    createFirm: createFirm.bind(null, dependencies),
    updateFirm: updateFirm.bind(null, dependencies),
    listInstitutions: listInstitutions.bind(null, dependencies),
    exportInstitutions: exportInstitutions.bind(null, dependencies),
    getInstitution: getInstitution.bind(null, dependencies),
    createInstitution: createInstitution.bind(null, dependencies),
    updateInstitution: updateInstitution.bind(null, dependencies),
    listProviders: listProviders.bind(null, dependencies),
    exportProviders: exportProviders.bind(null, dependencies),
    getProvider: getProvider.bind(null, dependencies),
    createProvider: createProvider.bind(null, dependencies),
    updateProvider: updateProvider.bind(null, dependencies),
    changeAdmission: changeAdmission.bind(null, dependencies),
  }
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>
