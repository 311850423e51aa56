// The 6+X industry taxonomy and the key alliance industries; the corridor office edits them.
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError } from '../../platform/errors'
import { registryPolicies as policies } from './registry.policies'
import * as repository from './registry.repository'
import type { CreateIndustryInput, UpdateIndustryInput } from './registry.schemas'
import type { StructureDependencies } from './registry.service'

export function listIndustries(dependencies: StructureDependencies, taxonomy?: string) {
  return repository.listIndustries(dependencies.db, taxonomy)
}

export async function getIndustry(dependencies: StructureDependencies, code: string) {
  const { db } = dependencies
  const industry = await repository.findIndustry(db, code)
  if (industry === undefined) throw new AppError('INDUSTRY_NOT_FOUND', { industryCode: code })
  return industry
}

export async function createIndustry(
  dependencies: StructureDependencies,
  principal: Principal | null,
  input: CreateIndustryInput,
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.writeIndustry)
  return db.transaction(async (transaction) => {
    const inserted = await repository.insertIndustry(transaction, input)
    if (inserted === undefined) throw new AppError('INDUSTRY_EXISTS', { industryCode: input.code })
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'industry.create',
      entityType: 'industry',
      entityId: input.code,
      details: input,
    })
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
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'industry.update',
      entityType: 'industry',
      entityId: code,
      details: changes,
    })
    return updated
  })
}
