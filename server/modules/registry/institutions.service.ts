// The financial institutions of the corridor's alliance: the corridor office registers them, each edits its own.
import { searchTextOf } from '../../db/search'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import type { OrganisationsDependencies } from './organisations.service'
import * as repository from './organisations.repository'
import { registryPolicies as policies } from './registry.policies'
import type {
  CreateInstitutionInput,
  InstitutionQueryInput,
  UpdateInstitutionInput,
} from './registry.schemas'

export async function listInstitutions(
  dependencies: OrganisationsDependencies,
  query: InstitutionQueryInput,
) {
  const { db } = dependencies
  return pageById(query, (after, limit) => repository.listInstitutions(db, query, after, limit))
}

export async function getInstitution(dependencies: OrganisationsDependencies, id: string) {
  const { db } = dependencies
  const institution = await repository.findInstitution(db, id)
  if (institution === undefined) throw new AppError('INSTITUTION_NOT_FOUND', { institutionId: id })
  return institution
}

export async function createInstitution(
  dependencies: OrganisationsDependencies,
  principal: Principal | null,
  input: CreateInstitutionInput,
) {
  const { db, structure } = dependencies
  const actor = authorize(principal, policies.createInstitution, { cityCode: input.cityCode })
  await structure.requireReference('city', input.cityCode)
  return db.transaction(async (transaction) => {
    const inserted = await repository.insertInstitution(transaction, {
      ...input,
      id: newId('inst'),
      searchText: searchTextOf(input.nameZh, input.nameEn),
    })
    if (inserted === undefined) throw new Error('institution insert returned nothing')
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'institution.create',
      entityType: 'institution',
      entityId: inserted.id,
      cityCode: inserted.cityCode,
      details: input,
    })
    return inserted
  })
}

export async function updateInstitution(
  dependencies: OrganisationsDependencies,
  principal: Principal | null,
  id: string,
  changes: UpdateInstitutionInput,
) {
  const { db } = dependencies
  const institution = await getInstitution(dependencies, id)
  const actor = authorize(principal, policies.updateInstitution, {
    cityCode: institution.cityCode,
    organisationId: institution.id,
  })
  return db.transaction(async (transaction) => {
    const updated = await repository.updateInstitution(transaction, id, {
      ...changes,
      searchText: searchTextOf(changes.nameZh ?? institution.nameZh, changes.nameEn ?? institution.nameEn),
    })
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'institution.update',
      entityType: 'institution',
      entityId: id,
      cityCode: institution.cityCode,
      details: changes,
    })
    return updated ?? institution
  })
}
