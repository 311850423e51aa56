// Routes of policy matching: the public library, facts and calculator; the rule editor; a firm's matches and a
// decision's trace and replay; award lists and awards; the office's runs and the figures.
import type { FastifyInstance } from 'fastify'
import type { Principal } from '../../platform/authorization'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { defineRoutes, get, post, type Route } from '../../platform/http/routes'
import { IdParams, NoBody } from '../../platform/http/schemas'
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
        operationId: 'listPolicies',
        summary: 'The policy library: policies with their items, searchable',
        description:
          "Anyone: the cities' support policies with their items, published last first unless sorted otherwise, counted, paged, found by code, document number or title.",
        querystring: schemas.PolicyQuery,
        ok: schemas.PolicyPage,
      },
      async (request) => {
        const page = await catalogue.listPolicies(request.query)
        return presentListPage(page, ({ policy, items }) => presenters.presentPolicy(policy, items))
      },
    ),
    get(
      '/api/policies/:id',
      {
        operationId: 'getPolicy',
        summary: 'Get a policy',
        description: 'Anyone: one policy with its items.',
        params: IdParams,
        ok: schemas.Policy,
      },
      async (request) => {
        const found = await catalogue.getPolicy(request.params.id)
        return presenters.presentPolicy(found.policy, found.items)
      },
    ),
    get(
      '/api/policy-items/:id',
      {
        operationId: 'getPolicyItem',
        summary: 'An item with every version of its rule',
        description: 'Anyone: an item of a policy and the dated versions of its eligibility rule.',
        params: IdParams,
        ok: schemas.ItemDetail,
      },
      async (request) => {
        return presenters.presentItemDetail(await catalogue.getItem(request.params.id))
      },
    ),
    get(
      '/api/policy-facts',
      {
        operationId: 'listPolicyFacts',
        summary: 'The facts a rule can read about a firm (firm.<name> in CEL), typed and documented',
        description: 'Anyone: the firm facts eligibility rules may use, with their types and meanings.',
        ok: schemas.Facts,
      },
      async () => presenters.presentFacts(),
    ),
    post(
      '/api/policy-calculator',
      {
        operationId: 'calculatePolicyEligibility',
        summary:
          'Every item in force decided on facts typed in, or on a firm’s own: what it would get, and why',
        description:
          "Anyone on facts typed in; on a firm's recorded facts, the firm itself, officers and workstations of its city, and the corridor office.",
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
        operationId: 'addPolicyRuleVersion',
        summary:
          'A new version of the item’s rule from a day on; refused with the position of the first problem',
        description: "City officers of the item's issuing city, or the corridor office.",
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
        operationId: 'testPolicyRule',
        summary: 'A draft rule evaluated on one firm today, with its trace; nothing is stored',
        description: "City officers of the item's issuing city, or the corridor office.",
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
        operationId: 'listPolicyMatches',
        summary:
          'A firm’s items: those it qualifies for and those it nearly does, with the failing condition',
        description: 'The firm itself, officers and workstations of its city, and the corridor office.',
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
    get(
      '/api/policy-decisions/:id',
      {
        operationId: 'getPolicyDecision',
        summary: 'Get a recorded policy decision',
        description: 'The firm decided on, officers and workstations of its city, and the corridor office.',
        params: IdParams,
        ok: schemas.Decision,
      },
      async (request) => {
        const { decision, item } = await decisions.decision(request.principal, request.params.id)
        return presenters.presentDecision(decision, item)
      },
    ),
    get(
      '/api/policy-decisions/:id/replay',
      {
        operationId: 'replayPolicyDecision',
        summary:
          'The decision evaluated again on its rule version and recorded facts: the same result, always',
        description: 'The firm decided on, officers and workstations of its city, and the corridor office.',
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
      {
        operationId: 'getPolicyFigures',
        summary: 'Money paid, firms reached, days to payment, by city',
        description: 'City officers, workstations and the corridor office: figures of every city.',
        ok: schemas.Figures,
      },
      async (request) => awardReads.figures(request.principal),
    ),
  ]
}

/** The award lists of auto items, and their approval. */
function awardListRoutes({ awards, awardReads }: PoliciesServices): Route[] {
  return [
    get(
      '/api/policy-award-lists',
      {
        operationId: 'listPolicyAwardLists',
        summary: 'Award lists of auto items: the officer’s city, all for the office',
        description:
          "City officers see their city's award lists, the corridor office all; newest first unless sorted otherwise, counted, paged, found by the code of their item.",
        querystring: schemas.AwardListQuery,
        ok: schemas.AwardListPage,
      },
      async (request) =>
        presentListPage(
          await awardReads.lists(request.principal, request.query),
          presenters.presentAwardList,
        ),
    ),
    get(
      '/api/policy-award-lists/:id',
      {
        operationId: 'getPolicyAwardList',
        summary: 'Get an award list',
        description: "City officers of the list's city and the corridor office.",
        params: IdParams,
        ok: schemas.AwardList,
      },
      async (request) =>
        presenters.presentAwardList(await awardReads.list(request.principal, request.params.id)),
    ),
    post(
      '/api/policy-award-lists/:id/approve',
      {
        operationId: 'approvePolicyAwardList',
        summary: 'The issuing city approves the list: every listed award is paid through the ledger at once',
        description: 'City officers of the issuing city or the corridor office.',
        params: IdParams,
        body: NoBody,
        ok: schemas.AwardList,
      },
      async (request) =>
        presenters.presentAwardList(await awards.approveList(request.principal, request.params.id)),
    ),
  ]
}

/** Awards: listed, exported, removed, confirmed and paid. */
function awardRoutes({ awards, awardReads }: PoliciesServices): Route[] {
  /** A move of one award without a body, answered with the award as the move left it. */
  const awardMove = (
    url: string,
    document: { operationId: string; summary: string; description: string },
    move: (principal: Principal | null, id: string) => Promise<unknown>,
  ) =>
    post(url, { ...document, params: IdParams, body: NoBody, ok: schemas.AwardMove }, async (request) => {
      await move(request.principal, request.params.id)
      return { award: presenters.presentAward(await awardReads.detail(request.params.id)) }
    })
  return [
    get(
      '/api/policy-awards',
      {
        operationId: 'listPolicyAwards',
        summary: 'Awards: of a list, of a firm, or of the officer’s city',
        description:
          "A firm sees its own awards, city officers their city's, the corridor office all; paged.",
        querystring: schemas.AwardQuery,
        ok: schemas.AwardPage,
      },
      async (request) =>
        presentListPage(await awardReads.awards(request.principal, request.query), presenters.presentAward),
    ),
    exportRoute(
      '/api/policy-awards/export',
      {
        operationId: 'exportPolicyAwards',
        summary: 'The awards list as CSV or an Excel workbook',
        description: `Whoever may list the awards: the same filters and order as the list, at most ${exportRowsMax} rows, with items, firms and cities by name and amounts in yuan.`,
        querystring: schemas.AwardExportQuery,
      },
      async (request, rowsMax) => awardReads.exportAwards(request.principal, request.query, rowsMax),
    ),
    post(
      '/api/policy-awards/:id/remove',
      {
        operationId: 'removePolicyAward',
        summary: 'Take a firm off an award list (or withdraw an offer), with the reason',
        description: 'City officers of the issuing city or the corridor office, before the award is paid.',
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
      {
        operationId: 'confirmPolicyAward',
        summary: 'The firm confirms a fast-apply award: the promised working-day clock starts',
        description: 'The awarded firm only.',
      },
      (principal, id) => awards.confirm(principal, id),
    ),
    awardMove(
      '/api/policy-awards/:id/pay',
      {
        operationId: 'payPolicyAward',
        summary: 'The issuing city pays a confirmed fast-apply award through the ledger',
        description: 'City officers of the issuing city or the corridor office, once the firm has confirmed.',
      },
      (principal, id) => awards.pay(principal, id),
    ),
  ]
}

/** The corridor's matching runs: started by the office, their progress read by officers. */
function runRoutes({ runs }: PoliciesServices): Route[] {
  return [
    post(
      '/api/policy-runs',
      {
        operationId: 'runPolicyMatching',
        summary: 'The office runs matching across the corridor now, in slices',
        description:
          'The corridor office only: decides every item in force for every firm, as the nightly run does.',
        body: NoBody,
        created: schemas.Run,
      },
      async (request) => presenters.presentRun(await runs.runNow(request.principal)),
    ),
    get(
      '/api/policy-runs',
      {
        operationId: 'listPolicyRuns',
        summary: 'The latest corridor runs',
        description:
          'City officers, workstations and the corridor office: the most recent matching runs and their progress.',
        ok: schemas.Runs,
      },
      async (request) => ({
        items: (await runs.recent(request.principal, 20)).map(presenters.presentRun),
      }),
    ),
  ]
}

export function registerPoliciesRoutes(app: FastifyInstance, services: PoliciesServices) {
  defineRoutes(app, { tags: ['policies'] }, [
    ...libraryRoutes(services),
    ...ruleRoutes(services),
    ...decisionRoutes(services),
    ...awardListRoutes(services),
    ...awardRoutes(services),
    ...runRoutes(services),
  ])
}
