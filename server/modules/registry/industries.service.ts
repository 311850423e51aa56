// The 6+X industry taxonomy and the key alliance industries; the corridor office edits them.
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { orRefuse } from '../../platform/errors'
import { registryPolicies as policies } from './registry.policies'
import * as repository from './registry.repository'
import type { CreateIndustryInput, UpdateIndustryInput } from './registry.schemas'
import type { StructureDependencies } from './registry.service'

const industryAudit = auditTrail('industry')

export function listIndustries(dependencies: StructureDependencies, taxonomy?: string) {
  return repository.listIndustries(dependencies.db, taxonomy)
}

export async function getIndustry(dependencies: StructureDependencies, code: string) {
  return orRefuse(await repository.findIndustry(dependencies.db, code), 'INDUSTRY_NOT_FOUND', {
    industryCode: code,
  })
}

export async function createIndustry(
  dependencies: StructureDependencies,
  principal: Principal | null,
  input: CreateIndustryInput,
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.writeIndustry)
  return db.transaction(async (transaction) => {
    const inserted = orRefuse(await repository.insertIndustry(transaction, input), 'INDUSTRY_EXISTS', {
      industryCode: input.code,
    })
    await industryAudit.record(transaction, actor, 'create', { id: input.code, cityCode: null }, input)
    return inserted
  })
}

export async function updateIndustry(
  dependencies: StructureDependencies,
  principal: Principal | null,
  code: string,
  changes: UpdateIndustryInput,
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.writeIndustry)
  await getIndustry(dependencies, code)
  return db.transaction(async (transaction) => {
    const updated = await repository.updateIndustry(transaction, code, changes)
    await industryAudit.record(transaction, actor, 'update', { id: code, cityCode: null }, changes)
    return updated
  })
}
