// Parks: a city's officers (or the corridor office) publish and edit them.
import { searchTextOf } from '../../db/search'
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { orRefuse } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import { parkExportColumns } from './parks.export'
import { requireReference } from './references.service'
import { registryPolicies as policies } from './registry.policies'
import * as repository from './registry.repository'
import type { CreateParkInput, ParkQueryInput, UpdateParkInput } from './registry.schemas'
import type { StructureDependencies } from './registry.service'

const parkAudit = auditTrail('park')

/** A directory: parks are looked up by name unless a header says otherwise. */
const parkSortDefault = 'nameZh'

export async function listParks(dependencies: StructureDependencies, query: ParkQueryInput) {
  const page = sortedPageRequest(query, parkSortDefault)
  const read = await repository.listParks(dependencies.db, query, page)
  return toListPage(page, read, (park) => park[page.order.key])
}

/** The parks list as a file: the list's own read with the export's row bound, in the list's order. */
export async function exportParks(
  dependencies: StructureDependencies,
  query: ParkQueryInput,
  rowsMax: number,
): Promise<ExportTable<repository.ParkListRow>> {
  const page = await listParks(dependencies, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'parks',
    sheetName: 'parks',
    columns: parkExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

export async function getPark(dependencies: StructureDependencies, id: string) {
  return orRefuse(await repository.findPark(dependencies.db, id), 'PARK_NOT_FOUND', { parkId: id })
}

export async function createPark(
  dependencies: StructureDependencies,
  principal: Principal | null,
  input: CreateParkInput,
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.writePark, { cityCode: input.cityCode })
  await requireReference(dependencies, 'city', input.cityCode)
  await requireReference(dependencies, 'industry', input.mainIndustryCode)
  return parkAudit.insert(db, actor, input, (transaction) =>
    repository.insertPark(transaction, {
      ...input,
      id: newId('park'),
      searchText: searchTextOf(input.nameZh, input.nameEn),
    }),
  )
}

export async function updatePark(
  dependencies: StructureDependencies,
  principal: Principal | null,
  id: string,
  changes: UpdateParkInput,
) {
  const { db } = dependencies
  const park = await getPark(dependencies, id)
  const actor = authorize(principal, policies.writePark, { cityCode: park.cityCode })
  await requireReference(dependencies, 'industry', changes.mainIndustryCode)
  return parkAudit.update(db, actor, park, changes, (transaction) =>
    repository.updatePark(transaction, id, {
      ...changes,
      searchText: searchTextOf(changes.nameZh ?? park.nameZh, changes.nameEn ?? park.nameEn),
    }),
  )
}
