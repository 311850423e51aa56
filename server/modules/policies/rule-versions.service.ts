// A new version of an item's rule from a day on: checked when saved (a 4xx with the position of the first problem,
// nothing stored), audited, and the calculator's copy of the items in force forgotten.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiDateOf } from '../../platform/calendar'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { ItemsInForceCache } from './matching'
import * as repository from './policies.repository'
import { policyPolicies as policies } from './policies.policies'
import { compileRule, type RuleSource } from './rules/rule'
import { onCommitted } from '../../db/ambient'

export interface RuleDraft extends RuleSource {
  effectiveFrom: string
  note: string | null
}

export function createRuleVersions(db: Database, inForce: ItemsInForceCache) {
  /**
   * A new version from a day on: not before today (the past is what decisions were made under), after every
   * version already saved, within the item's validity. Compiled first: a rule that does not compile stores nothing.
   */
  async function addVersion(principal: Principal | null, itemId: string, draft: RuleDraft) {
    const compiled = compileRule(draft)
    const saved = await db.transaction(async (transaction) => {
      const found = await repository.findItem(transaction, itemId)
      if (found === undefined) throw new AppError('POLICY_ITEM_NOT_FOUND')
      const item = await repository.lockItem(transaction, found.id)
      if (item === undefined) throw new AppError('POLICY_ITEM_NOT_FOUND')
      const actor = authorize(principal, policies.editRule, { cityCode: item.issuerCode })
      const versions = await repository.versionsOf(transaction, [item.id])
      const last = versions[versions.length - 1]
      const today = shanghaiDateOf()
      if (
        draft.effectiveFrom < today ||
        (last !== undefined && draft.effectiveFrom <= last.effectiveFrom) ||
        draft.effectiveFrom < item.validFrom ||
        draft.effectiveFrom > item.validUntil
      )
        throw new AppError('POLICY_RULE_DATE_INVALID', {
          effectiveFrom: draft.effectiveFrom,
          today,
          latestEffectiveFrom: last?.effectiveFrom ?? null,
          validFrom: item.validFrom,
          validUntil: item.validUntil,
        })
      const version = {
        id: newId('prul'),
        itemId: item.id,
        version: (last?.version ?? 0) + 1,
        effectiveFrom: draft.effectiveFrom,
        conditions: draft.conditions.map(({ expression, labelZh, labelEn }) => ({
          expression,
          labelZh,
          labelEn,
        })),
        awardExpression: draft.awardExpression,
        facts: compiled.facts,
        note: draft.note,
        createdByUserId: actor.userId,
      }
      await repository.insertRuleVersions(transaction, [version])
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'policy_rule.version',
        entityType: 'policy_item',
        entityId: item.id,
        cityCode: item.issuerCode === 'G60' ? null : item.issuerCode,
        details: { version: version.version, effectiveFrom: version.effectiveFrom, note: draft.note },
      })
      return version.id
    })
    onCommitted(() => inForce.forget())
    const stored = await repository.findVersion(db, saved)
    if (stored === undefined) throw new AppError('POLICY_ITEM_NOT_FOUND')
    return stored
  }

  return { addVersion }
}

export type RuleVersions = ReturnType<typeof createRuleVersions>
