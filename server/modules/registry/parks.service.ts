// Parks: a city's officers (or the corridor office) publish and edit them.
import { searchTextOf } from '../../db/search'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import { requireReference } from './references.service'
import { registryPolicies as policies } from './registry.policies'
import * as repository from './registry.repository'
import type { CreateParkInput, ParkQueryInput, UpdateParkInput } from './registry.schemas'
import type { StructureDependencies } from './registry.service'

export async function listParks(dependencies: StructureDependencies, query: ParkQueryInput) {
  const { db } = dependencies
  return pageById(query, (after, limit) => repository.listParks(db, query, after, limit))
}

export async function getPark(dependencies: StructureDependencies, id: string) {
  const { db } = dependencies
  const park = await repository.findPark(db, id)
  if (park === undefined) throw new AppError('PARK_NOT_FOUND', { parkId: id })
  return park
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
  return db.transaction(async (transaction) => {
    const inserted = await repository.insertPark(transaction, {
      ...input,
      id: newId('park'),
      searchText: searchTextOf(input.nameZh, input.nameEn),
    })
    if (inserted === undefined) throw new Error('park insert returned nothing')
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'park.create',
      entityType: 'park',
      entityId: inserted.id,
      cityCode: inserted.cityCode,
      details: input,
    })
    return inserted
  })
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
  return db.transaction(async (transaction) => {
    const updated = await repository.updatePark(transaction, id, {
      ...changes,
      searchText: searchTextOf(changes.nameZh ?? park.nameZh, changes.nameEn ?? park.nameEn),
    })
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'park.update',
      entityType: 'park',
      entityId: id,
      cityCode: park.cityCode,
      details: changes,
    })
    return updated ?? park
  })
}
