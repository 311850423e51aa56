// The policy library (public to read) and the rule editor: a new version of an item's rule from a date, checked
// when saved (a 4xx with the position of the first problem, nothing stored), and a test of a draft rule on a firm.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiDateOf } from '../../platform/calendar'
import { AppError, assert } from '../../platform/errors'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import type { FirmLookup } from './award-reads.service'
import { loadFirmFacts } from './facts.repository'
import { activationFor } from './matching'
import * as repository from './policies.repository'
import { policyPolicies as policies } from './policies.policies'
import type { PolicyQueryInput } from './policies.schemas'
import { evaluateRule, traceOf } from './rules/evaluate'
import { compileRule, type RuleSource } from './rules/rule'

/** People look for what came out lately: the library opens on the policies published last. */
const policySortDefault = '-publishedOn'

export function createCatalogue(db: Database, registry: FirmLookup) {
  /** The library: the policies published last first unless sorted otherwise, each with its items and rules. */
  async function listPolicies(query: PolicyQueryInput) {
    const page = sortedPageRequest(query, policySortDefault)
    const read = await repository.listPolicyPage(db, { q: query.q, issuerCode: query.issuer }, page)
    const listed = toListPage(page, read, (policy) => policy[page.order.key])
    const items = await repository.itemsOfPolicies(
      db,
      listed.items.map((policy) => policy.id),
    )
    const versions = await repository.versionsOf(
      db,
      items.map((item) => item.id),
    )
    return {
      ...listed,
      items: listed.items.map((policy) => ({
        policy,
        items: items
          .filter((item) => item.policyId === policy.id)
          .map((item) => ({ item, versions: versions.filter((version) => version.itemId === item.id) })),
      })),
    }
  }

  async function getPolicy(id: string) {
    const policy = await repository.findPolicy(db, id)
    if (policy === undefined) throw new AppError('POLICY_NOT_FOUND')
    const items = await repository.itemsOfPolicies(db, [policy.id])
    const versions = await repository.versionsOf(
      db,
      items.map((item) => item.id),
    )
    return {
      policy,
      items: items.map((item) => ({
        item,
        versions: versions.filter((version) => version.itemId === item.id),
      })),
    }
  }

  async function getItem(id: string) {
    const item = await repository.findItem(db, id)
    if (item === undefined) throw new AppError('POLICY_ITEM_NOT_FOUND')
    const policy = await repository.findPolicy(db, item.policyId)
    if (policy === undefined) throw new AppError('POLICY_NOT_FOUND')
    return { item, policy, versions: await repository.versionsOf(db, [item.id]) }
  }

  /** A draft rule (saved or not) evaluated on one firm's facts today: the trace, nothing stored. */
  async function testRule(principal: Principal | null, itemId: string, draft: RuleSource, firmId: string) {
    const item = await repository.findItem(db, itemId)
    if (item === undefined) throw new AppError('POLICY_ITEM_NOT_FOUND')
    authorize(principal, policies.editRule, { cityCode: item.issuerCode })
    const rule = compileRule(draft)
    const firm = await registry.getFirm(firmId)
    const today = shanghaiDateOf()
    const [record] = await loadFirmFacts(db, [firm.id], today)
    assert(record !== undefined, `the registry's firm ${firm.id} has facts`)
    const evaluation = evaluateRule(rule, activationFor(record.facts, today))
    // a draft is version 0: it has no id until it is saved
    const trace = traceOf(rule, { id: 'draft', version: 0, effectiveFrom: today }, evaluation, record, today)
    return { firm, outcome: evaluation.outcome, amountFen: evaluation.amountFen, trace }
  }

  return { listPolicies, getPolicy, getItem, testRule }
}

export type Catalogue = ReturnType<typeof createCatalogue>
