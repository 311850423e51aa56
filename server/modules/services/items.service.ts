// The service catalogue: public to read and search in both languages; the corridor office adds and edits items,
// each edit a new version (audited), while a case keeps the version it was filed under.
import type { Database } from '../../db/client'
import { searchTextOf } from '../../db/search'
import { recordAudit } from '../../platform/audit'
import { createTtlCache } from '../../platform/cache'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { cityReferences } from '../registry'
import { itemExportColumns } from './items.export'
import * as repository from './items.repository'
import { narrow } from '../../platform/stored'
import {
  catalogueItems,
  departments,
  materials,
  serviceCategories,
  serviceModes,
  talentAreas,
  type CatalogueItem,
} from './services.reference'

const versionsReadMax = 200
/** Distinct catalogue searches kept at once. */
const cataloguePagesMax = 2000
const cityCodes = new Set(cityReferences.map((city) => city.code))

/** The item as the API gives it, and as a version's snapshot keeps it. */
export type ItemInput = Omit<CatalogueItem, 'code'>

function rowOf(code: string, version: number, item: ItemInput, departmentNames: { zh: string; en: string }) {
  return {
    code,
    version,
    category: item.category,
    talentArea: item.talentArea,
    nameZh: item.nameZh,
    nameEn: item.nameEn,
    descriptionZh: item.descriptionZh,
    descriptionEn: item.descriptionEn,
    competentCityCode: item.competentCityCode,
    departmentCode: item.departmentCode,
    mode: item.mode,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    feeFen: item.feeFen,
    licenceType: item.licence?.type ?? null,
    licenceNameZh: item.licence?.nameZh ?? null,
    licenceNameEn: item.licence?.nameEn ?? null,
    licenceValidYears: item.licence?.validYears ?? null,
    materials: item.materials,
    searchText: searchTextOf(code, item.nameZh, item.nameEn, departmentNames.zh, departmentNames.en),
  }
}

export function itemInputOf(row: repository.ItemRow): ItemInput {
  return {
    category: narrow(serviceCategories, row.category),
    talentArea: row.talentArea === null ? null : narrow(talentAreas, row.talentArea),
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    descriptionZh: row.descriptionZh,
    descriptionEn: row.descriptionEn,
    competentCityCode: row.competentCityCode,
    departmentCode: row.departmentCode,
    mode: narrow(serviceModes, row.mode),
    statutoryDays: row.statutoryDays,
    promisedDays: row.promisedDays,
    feeFen: row.feeFen,
    licence:
      row.licenceType === null ||
      row.licenceNameZh === null ||
      row.licenceNameEn === null ||
      row.licenceValidYears === null
        ? null
        : {
            type: row.licenceType,
            nameZh: row.licenceNameZh,
            nameEn: row.licenceNameEn,
            validYears: row.licenceValidYears,
          },
    materials: row.materials,
  }
}

/** Rules a form cannot hold on its own: known city, department and materials; the promise within the law. */
function checkItem(item: ItemInput) {
  const problems: { path: string; rule: string }[] = []
  if (!cityCodes.has(item.competentCityCode))
    problems.push({ path: '/competentCityCode', rule: 'unknown city' })
  if (!departments.some((department) => department.code === item.departmentCode)) {
    problems.push({ path: '/departmentCode', rule: 'unknown department' })
  }
  const materialCodes = new Set(materials.map((material) => material.code))
  item.materials.forEach((material, index) => {
    if (!materialCodes.has(material.code))
      problems.push({ path: `/materials/${index}/code`, rule: 'unknown material' })
  })
  if (new Set(item.materials.map((material) => material.code)).size !== item.materials.length) {
    problems.push({ path: '/materials', rule: 'each material once' })
  }
  if (item.promisedDays > item.statutoryDays)
    problems.push({ path: '/promisedDays', rule: 'at most statutoryDays' })
  if ((item.category === 'talent') !== (item.talentArea !== null)) {
    problems.push({ path: '/talentArea', rule: 'set for talent items only' })
  }
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { problems })
}

function departmentNamesOf(code: string) {
  const department = departments.find((candidate) => candidate.code === code)
  return { zh: department?.nameZh ?? code, en: department?.nameEn ?? code }
}

/** The catalogue as shipped, inserted on an empty table (reference data, in demo and production alike). */
export async function ensureCatalogue(db: Database): Promise<void> {
  await repository.insertReference(
    db,
    departments.map((department) => ({ ...department })),
    materials.map((material) => ({ ...material, kinds: [...material.kinds] })),
  )
  if ((await repository.countItems(db)) > 0) return
  await db.transaction(async (transaction) => {
    for (const item of catalogueItems) {
      const { code, ...input } = item
      await repository.insertItem(
        transaction,
        rowOf(code, 1, input, departmentNamesOf(input.departmentCode)),
        input,
        null,
        '初始目录 · the catalogue as shipped',
      )
    }
  })
}

const officePolicy = { corridor_admin: 'any' } as const

export interface ItemsOptions {
  /** How long a public catalogue page may be served from memory; 0 turns the page cache off. */
  publicCacheMs: number
}

type ItemQuery = repository.ItemFilter & {
  sort?: repository.ItemSortKey | `-${repository.ItemSortKey}` | undefined
  cursor?: string | undefined
  limit?: number | undefined
}

/** Without a sort the catalogue reads by item code: a city's, then a department's, items together. */
const itemSortDefault = 'code'

async function readItems(db: Database, query: ItemQuery) {
  const page = sortedPageRequest(query, itemSortDefault)
  const read = await repository.listItems(db, query, page)
  // an item's key is its code: the cursor's tie-breaker
  const rows = read.rows.map((row) => ({ ...row, id: row.code }))
  return toListPage(page, { rows, total: read.total }, (row) => row[page.order.key])
}

/**
 * The catalogue as an export: the list's read with the export's row bound instead of a page size, so the file holds
 * what the screen shows in the same order.
 */
async function exportItems(
  db: Database,
  query: ItemQuery,
  rowsMax: number,
): Promise<ExportTable<repository.ItemRow>> {
  const page = await readItems(db, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'service-items',
    sheetName: 'items',
    columns: itemExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

/**
 * Catalogue pages as the public reads them. Searches repeat and the catalogue changes a few times a year: a page
 * may be a moment stale in another process, and an edit made here drops every page at once (clear).
 */
function createCataloguePages(db: Database, options: ItemsOptions) {
  const pages = createTtlCache<ReturnType<typeof readItems>>({
    ttlMs: options.publicCacheMs,
    entriesMax: cataloguePagesMax,
  })
  function list(query: ItemQuery) {
    if (query.includeInactive === true) return readItems(db, query)
    const key = JSON.stringify([
      query.search,
      query.cityCode,
      query.mode,
      query.departmentCode,
      query.category,
      query.endsInLicence,
      query.sort,
      query.cursor,
      query.limit,
    ])
    const cached = pages.get(key)
    if (cached !== undefined) return cached.value
    const page = readItems(db, query)
    pages.set(key, page)
    // a failed read is not kept
    page.catch(() => pages.delete(key))
    return page
  }
  return { list, clear: () => pages.clear() }
}

/** The office stops an item taking applications (停办), or lets it take them again; open cases go on. */
async function setActive(
  db: Database,
  principal: Principal | null,
  change: { code: string; active: boolean; reason: string },
) {
  const { code, active, reason } = change
  const actor = authorize(principal, officePolicy)
  return db.transaction(async (transaction) => {
    const current = await repository.lockItem(transaction, code)
    if (current === undefined) throw new AppError('SERVICE_ITEM_NOT_FOUND', { itemCode: code })
    if (current.isActive === active) {
      throw new AppError('SERVICE_ITEM_ALREADY_SO', { itemCode: code, isActive: active })
    }
    const updated = await repository.setItemActive(transaction, code, active)
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: active ? 'service_item.activate' : 'service_item.deactivate',
      entityType: 'service_item',
      entityId: code,
      cityCode: current.competentCityCode,
      details: { reason },
    })
    return updated
  })
}

export function createItemsService(db: Database, options: ItemsOptions = { publicCacheMs: 0 }) {
  const pages = createCataloguePages(db, options)

  async function getItem(code: string) {
    const item = await repository.findItem(db, code)
    if (item === undefined) throw new AppError('SERVICE_ITEM_NOT_FOUND', { itemCode: code })
    return item
  }

  async function createItem(
    principal: Principal | null,
    code: string,
    input: ItemInput & { changeNote: string },
  ) {
    const actor = authorize(principal, officePolicy)
    const { changeNote, ...item } = input
    checkItem(item)
    const created = await db.transaction(async (transaction) => {
      if ((await repository.findItem(transaction, code)) !== undefined) {
        throw new AppError('SERVICE_ITEM_EXISTS', { itemCode: code })
      }
      await repository.insertItem(
        transaction,
        rowOf(code, 1, item, departmentNamesOf(item.departmentCode)),
        item,
        actor.userId,
        changeNote,
      )
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'service_item.create',
        entityType: 'service_item',
        entityId: code,
        cityCode: item.competentCityCode,
        details: { version: 1, changeNote },
      })
      return getItemIn(transaction, code)
    })
    pages.clear()
    return created
  }

  /** A new version of the item; cases filed under earlier versions keep theirs. */
  async function updateItem(
    principal: Principal | null,
    code: string,
    input: ItemInput & { changeNote: string },
  ) {
    const actor = authorize(principal, officePolicy)
    const { changeNote, ...item } = input
    checkItem(item)
    const changed = await db.transaction(async (transaction) => {
      const current = await repository.lockItem(transaction, code)
      if (current === undefined) throw new AppError('SERVICE_ITEM_NOT_FOUND', { itemCode: code })
      const version = current.version + 1
      const updated = await repository.updateItem(
        transaction,
        code,
        rowOf(code, version, item, departmentNamesOf(item.departmentCode)),
        item,
        actor.userId,
        changeNote,
      )
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'service_item.update',
        entityType: 'service_item',
        entityId: code,
        cityCode: item.competentCityCode,
        details: { version, previousVersion: current.version, changeNote },
      })
      return updated
    })
    pages.clear()
    return changed
  }

  async function getItemIn(transaction: Database, code: string) {
    const item = await repository.findItem(transaction, code)
    if (item === undefined) throw new AppError('SERVICE_ITEM_NOT_FOUND', { itemCode: code })
    return item
  }

  async function versions(code: string) {
    await getItem(code)
    return repository.versionsOf(db, code, versionsReadMax)
  }

  return {
    getItem,
    listItems: pages.list,
    exportItems: (query: ItemQuery, rowsMax: number) => exportItems(db, query, rowsMax),
    createItem,
    updateItem,
    async setItemActive(principal: Principal | null, code: string, active: boolean, reason: string) {
      const changed = await setActive(db, principal, { code, active, reason })
      pages.clear()
      return changed
    },
    versions,
    departments: () => repository.listDepartments(db),
    materials: () => repository.listMaterials(db),
  }
}

export type ItemsService = ReturnType<typeof createItemsService>
