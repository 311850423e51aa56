// What a firm can see of matching: its matches and near misses with the failing conditions in words and the money at
// stake, one decision with its trace, the decision replayed on the rule version and facts it recorded, and the
// calculator, which decides every item in force on facts typed in or on a firm's own, storing nothing.
import type { Database } from '../../db/client'
import type { Principal } from '../../platform/authorization'
import { shanghaiDateOf } from '../../platform/calendar'
import { AppError, assert } from '../../platform/errors'
import * as awardsRepository from './awards.repository'
import { authorizeFirmRead, type FirmLookup } from './award-reads.service'
import * as repository from './decisions.repository'
import { defaultFactValue } from './rules/rule'
import { factNames, type FirmFactProvenance, type FirmFacts } from './facts'
import { loadFirmFacts } from './facts.repository'
import { activationFor, compiledVersion, decideFirm, traceFor, type ItemsInForceCache } from './matching'
import * as catalogueRepository from './policies.repository'
import { activationOfTrace, evaluateRule } from './rules/evaluate'

/** a firm's matches shown at most: every item in force */
const matchesMax = 500

export function createDecisions(db: Database, registry: FirmLookup, inForce: ItemsInForceCache) {
  /**
   * What a firm qualifies for (the stored decisions that lead to its awards) and what it nearly qualifies for today
   * (worked out now from its facts: one condition short, with the money at stake).
   */
  async function matches(principal: Principal | null, firmIdAsked: string | undefined) {
    const firmId = firmIdAsked ?? principal?.organisationId ?? null
    if (firmId === null) throw new AppError('VALIDATION_FAILED', { field: 'firmId' })
    await authorizeFirmRead(principal, registry, firmId)
    const today = shanghaiDateOf()
    const rows = await repository.matchesOfFirm(db, firmId, matchesMax)
    const items = await catalogueRepository.itemsByIds(
      db,
      rows.map((row) => row.itemId),
    )
    const awards = await awardsRepository.listAwards(db, { firmId }, null, matchesMax)
    const awardOf = (itemId: string) => awards.find((award) => award.itemId === itemId) ?? null
    const qualified = rows.map((row) => {
      const item = items.find((found) => found.id === row.itemId)
      assert(item !== undefined, `matched item ${row.itemId} exists`)
      return { ...row, decisionId: row.decisionId as string | null, item, award: awardOf(row.itemId) }
    })
    const [record] = await loadFirmFacts(db, [firmId], today)
    assert(record !== undefined, `firm ${firmId}, read as authorized, has facts`)
    const near = decideFirm(await inForce.get(today), activationFor(record.facts, today))
      .filter((decided) => decided.evaluation.outcome === 'near')
      .map((decided) => ({
        itemId: decided.entry.item.id,
        decisionId: null,
        outcome: 'near' as const,
        amountFen: decided.evaluation.amountFen,
        trace: traceFor(decided, record, today),
        decidedAt: new Date(),
        item: decided.entry.item,
        award: null,
      }))
      .sort((left, right) => right.amountFen - left.amountFen)
    return [...qualified, ...near]
  }

  async function decision(principal: Principal | null, id: string) {
    const found = await repository.findDecision(db, id)
    if (found === undefined) throw new AppError('POLICY_DECISION_NOT_FOUND')
    await authorizeFirmRead(principal, registry, found.firmId)
    const item = await catalogueRepository.findItem(db, found.itemId)
    assert(item !== undefined, 'a decision is for an item')
    return { decision: found, item }
  }

  /** The decision's rule version evaluated again on the facts its trace recorded. */
  async function replay(principal: Principal | null, id: string) {
    const { decision: found, item } = await decision(principal, id)
    const version = await catalogueRepository.findVersion(db, found.ruleVersionId)
    assert(version !== undefined, 'a decision names a stored version')
    const evaluation = evaluateRule(compiledVersion(version), activationOfTrace(found.trace))
    const outcome = evaluation.outcome === 'out_of_scope' ? 'not_qualified' : evaluation.outcome
    const conditions = evaluation.conditions.map((condition) => condition.value)
    const identical =
      outcome === found.outcome &&
      evaluation.amountFen === found.amountFen &&
      conditions.every((value, index) => value === (found.trace.conditions[index]?.value ?? null))
    return {
      decision: found,
      item,
      replayed: { outcome, amountFen: evaluation.amountFen, conditions },
      identical,
    }
  }

  /**
   * Every item in force decided on the facts given (missing ones read as nothing) or on a firm's own; qualified and
   * near items with their traces, the money they would bring first.
   */
  async function calculate(
    principal: Principal | null,
    input: { firmId?: string; facts?: Partial<FirmFacts> },
  ) {
    const today = shanghaiDateOf()
    let firm: { facts: FirmFacts; provenance: FirmFactProvenance }
    if (input.firmId !== undefined) {
      await authorizeFirmRead(principal, registry, input.firmId)
      const [record] = await loadFirmFacts(db, [input.firmId], today)
      assert(record !== undefined, `firm ${input.firmId}, read as authorized, has facts`)
      firm = record
    } else {
      const facts = Object.fromEntries(
        factNames.map((name) => [name, input.facts?.[name] ?? defaultFactValue(name)]),
      ) as FirmFacts
      const provenance = Object.fromEntries(
        factNames.map((name) => [name, { source: 'entered', origin: 'calculator', asOf: today }]),
      ) as FirmFactProvenance
      firm = { facts, provenance }
    }
    const items = await inForce.get(today)
    const decided = decideFirm(items, activationFor(firm.facts, today))
    const results = decided
      .filter(
        (decision) => decision.evaluation.outcome === 'qualified' || decision.evaluation.outcome === 'near',
      )
      .map((decision) => ({
        item: decision.entry.item,
        outcome: decision.evaluation.outcome === 'qualified' ? ('qualified' as const) : ('near' as const),
        amountFen: decision.evaluation.amountFen,
        trace: traceFor(decision, firm, today),
      }))
      .sort(
        (left, right) =>
          Number(left.outcome !== 'qualified') - Number(right.outcome !== 'qualified') ||
          right.amountFen - left.amountFen,
      )
    return { asOf: today, itemsDecided: items.length, facts: firm.facts, results }
  }

  return { matches, decision, replay, calculate }
}

export type Decisions = ReturnType<typeof createDecisions>
