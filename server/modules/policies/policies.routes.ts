// Routes of policy matching: the public library, facts and calculator; the rule editor; a firm's matches and a
// decision's trace and replay; award lists and awards; the office's runs and the figures.
import type { FastifyInstance } from 'fastify'
import type { Principal } from '../../platform/authorization'
import { defineRoutes, get, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { AwardReads } from './award-reads.service'
import type { Awards } from './awards.service'
import type { Catalogue } from './catalogue.service'
import type { RuleVersions } from './rule-versions.service'
import type { Decisions } from './decisions.service'
import * as presenters from './policies.presenters'
import * as schemas from './policies.schemas'
import type { Runs } from './runs.service'

export interface PoliciesServices {
  catalogue: Catalogue
  ruleVersions: RuleVersions
  decisions: Decisions
  awards: Awards
  awardReads: AwardReads
  runs: Runs
}

function libraryRoutes({ catalogue, decisions }: PoliciesServices): Route[] {
  return [
    get(
      '/api/policies',
      {
        summary: 'The policy library: policies with their items, searchable',
        querystring: schemas.PolicyQuery,
        ok: schemas.PolicyPage,
      },
      async (request) => {
        const page = await catalogue.listPolicies(request.query)
        return presentPage(page, ({ policy, items }) => presenters.presentPolicy(policy, items))
      },
    ),
    get('/api/policies/:id', { params: IdParams, ok: schemas.Policy }, async (request) => {
      const found = await catalogue.getPolicy(request.params.id)
      return presenters.presentPolicy(found.policy, found.items)
    }),
    get(
      '/api/policy-items/:id',
      { summary: 'An item with every version of its rule', params: IdParams, ok: schemas.ItemDetail },
      async (request) => {
        return presenters.presentItemDetail(await catalogue.getItem(request.params.id))
      },
    ),
    get(
      '/api/policy-facts',
      {
        summary: 'The facts a rule can read about a firm (firm.<name> in CEL), typed and documented',
        ok: schemas.Facts,
      },
      async () => presenters.presentFacts(),
    ),
    post(
      '/api/policy-calculator',
      {
        summary:
          'Every item in force decided on facts typed in, or on a firm’s own: what it would get, and why',
        body: schemas.CalculatorBody,
        ok: schemas.Calculation,
        config: { idempotency: false },
      },
      async (request) => {
        const result = await decisions.calculate(request.principal, request.body)
        return {
          ...result,
          results: result.results.map((found) => ({ ...found, item: presenters.presentItem(found.item) })),
        }
      },
    ),
  ]
}

function ruleRoutes({ catalogue, ruleVersions }: PoliciesServices): Route[] {
  return [
    post(
      '/api/policy-items/:id/rule-versions',
      {
        summary:
          'A new version of the item’s rule from a day on; refused with the position of the first problem',
        params: IdParams,
        body: schemas.RuleVersionBody,
        created: schemas.ItemDetail,
      },
      async (request) => {
        const saved = await ruleVersions.addVersion(request.principal, request.params.id, {
          ...request.body,
          note: request.body.note ?? null,
        })
        return presenters.presentItemDetail(await catalogue.getItem(saved.itemId))
      },
    ),
    post(
      '/api/policy-items/:id/rule-test',
      {
        summary: 'A draft rule evaluated on one firm today, with its trace; nothing is stored',
        params: IdParams,
        body: schemas.RuleTestBody,
        ok: schemas.RuleTest,
        config: { idempotency: false },
      },
      async (request) => {
        const { firmId, ...draft } = request.body
        const tested = await catalogue.testRule(request.principal, request.params.id, draft, firmId)
        return {
          firm: {
            id: tested.firm.id,
            nameZh: tested.firm.nameZh,
            nameEn: tested.firm.nameEn,
            cityCode: tested.firm.cityCode,
          },
          outcome: tested.outcome,
          amountFen: tested.amountFen,
          trace: tested.trace,
        }
      },
    ),
  ]
}

function decisionRoutes({ decisions, awardReads }: PoliciesServices): Route[] {
  return [
    get(
      '/api/policy-matches',
      {
        summary:
          'A firm’s items: those it qualifies for and those it nearly does, with the failing condition',
        querystring: schemas.MatchQuery,
        ok: schemas.Matches,
      },
      async (request) => {
        const rows = await decisions.matches(request.principal, request.query.firmId)
        return {
          firmId: request.query.firmId ?? request.principal?.organisationId ?? '',
          items: rows.map((row) => ({
            decisionId: row.decisionId,
            outcome: row.outcome,
            amountFen: row.amountFen,
            decidedAt: row.decidedAt.toISOString(),
            trace: row.trace,
            item: presenters.presentItem(row.item),
            award: row.award === null ? null : presenters.presentAward(row.award),
          })),
        }
      },
    ),
    get('/api/policy-decisions/:id', { params: IdParams, ok: schemas.Decision }, async (request) => {
      const { decision, item } = await decisions.decision(request.principal, request.params.id)
      return presenters.presentDecision(decision, item)
    }),
    get(
      '/api/policy-decisions/:id/replay',
      {
        summary:
          'The decision evaluated again on its rule version and recorded facts: the same result, always',
        params: IdParams,
        ok: schemas.Replay,
      },
      async (request) => {
        const replay = await decisions.replay(request.principal, request.params.id)
        return {
          decision: presenters.presentDecision(replay.decision, replay.item),
          replayed: replay.replayed,
          identical: replay.identical,
        }
      },
    ),
    get(
      '/api/policy-figures',
      { summary: 'Money paid, firms reached, days to payment, by city', ok: schemas.Figures },
      async (request) => awardReads.figures(request.principal),
    ),
  ]
}

function awardRoutes({ awards, awardReads, runs }: PoliciesServices): Route[] {
  /** A move of one award without a body, answered with the award as the move left it. */
  const awardMove = (
    url: string,
    summary: string,
    move: (principal: Principal | null, id: string) => Promise<unknown>,
  ) =>
    post(url, { summary, params: IdParams, ok: schemas.AwardMove }, async (request) => {
      await move(request.principal, request.params.id)
      return { award: presenters.presentAward(await awardReads.detail(request.params.id)) }
    })
  return [
    get(
      '/api/policy-award-lists',
      {
        summary: 'Award lists of auto items: the officer’s city, all for the office',
        querystring: schemas.AwardListQuery,
        ok: schemas.AwardListPage,
      },
      async (request) =>
        presentPage(await awardReads.lists(request.principal, request.query), presenters.presentAwardList),
    ),
    get('/api/policy-award-lists/:id', { params: IdParams, ok: schemas.AwardList }, async (request) =>
      presenters.presentAwardList(await awardReads.list(request.principal, request.params.id)),
    ),
    post(
      '/api/policy-award-lists/:id/approve',
      {
        summary: 'The issuing city approves the list: every listed award is paid through the ledger at once',
        params: IdParams,
        ok: schemas.AwardList,
      },
      async (request) =>
        presenters.presentAwardList(await awards.approveList(request.principal, request.params.id)),
    ),
    get(
      '/api/policy-awards',
      {
        summary: 'Awards: of a list, of a firm, or of the officer’s city',
        querystring: schemas.AwardQuery,
        ok: schemas.AwardPage,
      },
      async (request) =>
        presentPage(await awardReads.awards(request.principal, request.query), presenters.presentAward),
    ),
    post(
      '/api/policy-awards/:id/remove',
      {
        summary: 'Take a firm off an award list (or withdraw an offer), with the reason',
        params: IdParams,
        body: schemas.ReasonBody,
        ok: schemas.AwardMove,
      },
      async (request) => {
        await awards.remove(request.principal, request.params.id, request.body.reason)
        return { award: presenters.presentAward(await awardReads.detail(request.params.id)) }
      },
    ),
    awardMove(
      '/api/policy-awards/:id/confirm',
      'The firm confirms a fast-apply award: the promised working-day clock starts',
      (principal, id) => awards.confirm(principal, id),
    ),
    awardMove(
      '/api/policy-awards/:id/pay',
      'The issuing city pays a confirmed fast-apply award through the ledger',
      (principal, id) => awards.pay(principal, id),
    ),
    post(
      '/api/policy-runs',
      { summary: 'The office runs matching across the corridor now, in slices', created: schemas.Run },
      async (request) => presenters.presentRun(await runs.runNow(request.principal)),
    ),
    get('/api/policy-runs', { summary: 'The latest corridor runs', ok: schemas.Runs }, async (request) => ({
      items: (await runs.recent(request.principal, 20)).map(presenters.presentRun),
    })),
  ]
}

export function registerPoliciesRoutes(app: FastifyInstance, services: PoliciesServices) {
  defineRoutes(app, { tags: ['policies'] }, [
    ...libraryRoutes(services),
    ...ruleRoutes(services),
    ...decisionRoutes(services),
    ...awardRoutes(services),
  ])
}
