// Parks: a city's officers (or the corridor office) publish and edit them.
import { searchTextOf } from '../../db/search'
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { orRefuse } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import { requireReference } from './references.service'
import { registryPolicies as policies } from './registry.policies'
import * as repository from './registry.repository'
import type { CreateParkInput, ParkQueryInput, UpdateParkInput } from './registry.schemas'
import type { StructureDependencies } from './registry.service'

const parkAudit = auditTrail('park')

export async function listParks(dependencies: StructureDependencies, query: ParkQueryInput) {
  const { db } = dependencies
  return pageById(query, (after, limit) => repository.listParks(db, query, after, limit))
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
