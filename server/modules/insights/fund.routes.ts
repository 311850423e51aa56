// Routes of the G60 fund: its figures, the investments and one with its capital calls, the office's investments,
// follow-ons and exits, and the equity referrals waiting to become investments.
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import * as presenters from './fund.presenters'
import * as schemas from './fund.schemas'
import type { Fund } from './fund.service'

export function fundRoutes(fund: Fund): Route[] {
  return [
    get(
      '/api/insights/fund',
      {
        summary:
          'The G60 fund: each backer’s commitment and calls, totals, by industry, city and stage, and the heat map',
        ok: schemas.Figures,
      },
      async (request) => presenters.presentFigures(await fund.figures(request.principal)),
    ),
    get(
      '/api/insights/fund/investments',
      {
        summary: 'The fund’s investments, newest first, filtered; a firm sees its own',
        querystring: schemas.InvestmentQuery,
        ok: schemas.InvestmentPage,
      },
      async (request) => {
        const page = await fund.listInvestments(request.principal, request.query)
        return {
          ...presentPage(page, presenters.presentInvestment),
          total: page.total,
          totalIsExact: page.totalIsExact,
        }
      },
    ),
    post(
      '/api/insights/fund/investments',
      {
        summary:
          'The office records an investment (from an equity referral, or directly): capital called from every backer pro rata',
        body: schemas.InvestBody,
        created: schemas.InvestmentDetail,
      },
      async (request) =>
        presenters.presentInvestmentDetail(await fund.invest(request.principal, request.body)),
    ),
    get(
      '/api/insights/fund/investments/:id',
      {
        summary: 'An investment with its capital calls per backer, the round it follows and its follow-ons',
        params: IdParams,
        ok: schemas.InvestmentDetail,
      },
      async (request) =>
        presenters.presentInvestmentDetail(await fund.getInvestment(request.principal, request.params.id)),
    ),
    post(
      '/api/insights/fund/investments/:id/follow-ons',
      {
        summary: 'A follow-on round in the same firm, at the same or a later stage',
        params: IdParams,
        body: schemas.FollowOnBody,
        created: schemas.InvestmentDetail,
      },
      async (request) =>
        presenters.presentInvestmentDetail(
          await fund.followOn(request.principal, request.params.id, request.body),
        ),
    ),
    post(
      '/api/insights/fund/investments/:id/exit',
      {
        summary: 'The investment’s exit, once: after it was made and not in the future',
        params: IdParams,
        body: schemas.ExitBody,
        ok: schemas.InvestmentDetail,
      },
      async (request) =>
        presenters.presentInvestmentDetail(
          await fund.exit(request.principal, request.params.id, request.body),
        ),
    ),
    get(
      '/api/insights/fund/equity-referrals',
      {
        summary:
          'Equity referrals approved or drawn that no investment came from yet, oldest first (the office)',
        querystring: schemas.ReferralQuery,
        ok: schemas.EquityReferralPage,
      },
      async (request) => {
        const page = await fund.equityReferrals(request.principal, request.query)
        return {
          ...presentPage(page, presenters.presentReferral),
          total: page.total,
          totalIsExact: page.totalIsExact,
        }
      },
    ),
  ]
}
