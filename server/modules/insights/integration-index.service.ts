// Reading the integration index (public: every figure with the shares it came from, so anyone can recompute it) and
// setting its weights (the office: a new version from this month or a later one, audited; the index values are
// recomputed in the same transaction, and the months before the version keep their figures).
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiDateOf } from '../../platform/calendar'
import { createTtlCache } from '../../platform/cache'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import * as repository from './flows.repository'
import { shareValue, weightsAreValid } from './integration-index'
import { insightsPolicies as policies } from './insights.policies'
import { flowKinds, type FlowKind } from './insights.states'
import type { IndexWeights } from './insights.tables'
import { monthOf, periodRange, type MonthRange } from './period'
import { indexScopes, recomputeIndex } from './refresh.service'

/** The weights a platform starts with: every kind alike, the base month the first of the year before. */
export const defaultWeights: IndexWeights = { voucher: 20, instrument: 20, case: 20, credit: 20, award: 20 }
export const defaultWeightsEffectiveFrom = '2016-05-01'

export interface WeightsDraft {
  effectiveFrom: string
  baseMonth: string
  weights: IndexWeights
  note: string
}

/** Makes sure a version exists: the first start of a platform sets the default, based on the year before it. */
export async function ensureDefaultWeights(db: Database, at: Date = new Date()): Promise<void> {
  const versions = await repository.weightVersions(db)
  if (versions.length > 0) return
  const baseYear = Number(shanghaiDateOf(at).slice(0, 4)) - 1
  await repository.insertWeights(db, {
    id: newId('iwt'),
    effectiveFrom: defaultWeightsEffectiveFrom,
    baseMonth: `${baseYear}-12-01`,
    weights: defaultWeights,
    note: 'equal weights (default)',
    createdByUserId: 'system',
  })
}

export function createIntegrationIndex(db: Database, options: { cacheMs: number }) {
  // the values change only when a refresh runs or the office sets weights (which forgets them here)
  const kept = createTtlCache<ReturnType<typeof repository.indexRead>>({
    ttlMs: options.cacheMs,
    entriesMax: 200,
  })

  function indexRead(range: MonthRange, scopes: readonly string[] | null) {
    const key = `${range.fromMonth}|${range.toMonth}|${scopes?.join(',') ?? ''}`
    return kept.getOrLoad(key, () => repository.indexRead(db, range, scopes))
  }

  async function series(query: { period?: string; scope?: string }) {
    const range = periodRange(query.period)
    const scopes = query.scope === undefined ? null : [query.scope]
    const { values: rows, versions, refreshed } = await indexRead(range, scopes)
    return {
      range,
      refreshed,
      weightVersions: versions,
      scopes: (scopes ?? indexScopes).map((scope) => ({
        scope,
        months: rows
          .filter((row) => row.scope === scope)
          .map((row) => ({
            month: row.month,
            weightsId: row.weightsId,
            indexValue: row.indexValue,
            contributions: row.contributions,
            kinds: flowKinds.flatMap((kind: FlowKind) => {
              const share = row.shares[kind]
              const baseShare = row.baseShares[kind]
              return share === undefined
                ? []
                : [
                    {
                      kind,
                      cross: share.cross,
                      total: share.total,
                      share: shareValue(share),
                      baseShare: baseShare === undefined ? null : shareValue(baseShare),
                    },
                  ]
            }),
          })),
      })),
    }
  }

  async function setWeights(principal: Principal | null, draft: WeightsDraft) {
    const actor = authorize(principal, policies.setWeights)
    if (!weightsAreValid(draft.weights))
      throw new AppError('INSIGHTS_WEIGHTS_INVALID', { weights: draft.weights })
    const thisMonth = monthOf(shanghaiDateOf())
    const saved = await db.transaction(async (transaction) => {
      await repository.lockIndex(transaction)
      const versions = await repository.weightVersions(transaction)
      const latest = versions.at(-1)
      if (
        draft.effectiveFrom !== monthOf(draft.effectiveFrom) ||
        draft.baseMonth !== monthOf(draft.baseMonth) ||
        draft.effectiveFrom < thisMonth ||
        draft.baseMonth > draft.effectiveFrom ||
        (latest !== undefined && draft.effectiveFrom <= latest.effectiveFrom)
      )
        throw new AppError('INSIGHTS_WEIGHTS_DATE_INVALID', {
          effectiveFrom: draft.effectiveFrom,
          thisMonth,
          latestEffectiveFrom: latest?.effectiveFrom ?? null,
        })
      const version = { id: newId('iwt'), ...draft, createdByUserId: actor.userId }
      await repository.insertWeights(transaction, version)
      await recomputeIndex(transaction, new Date())
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'insights_weights.version',
        entityType: 'insights_index_weights',
        entityId: version.id,
        cityCode: null,
        details: {
          effectiveFrom: draft.effectiveFrom,
          baseMonth: draft.baseMonth,
          weights: draft.weights,
          note: draft.note,
        },
      })
      return version
    })
    kept.clear()
    return saved
  }

  return { series, setWeights }
}

export type IntegrationIndex = ReturnType<typeof createIntegrationIndex>
