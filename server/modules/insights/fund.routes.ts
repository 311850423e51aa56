// Routes of the G60 fund: its figures and their tables as files, the investments and one with its capital calls, the
// office's investments, follow-ons and exits, and the equity referrals waiting to become investments.
import { exportRoute, exportRowsMax, type ExportTable } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams } from '../../platform/http/schemas'
import { backersExport, portfolioExport, stagesExport } from './fund.export'
import * as presenters from './fund.presenters'
import * as schemas from './fund.schemas'
import type { Fund } from './fund.service'

/** One table of the fund's figures as a file, as the page shows it. */
function figureExport<Item>(
  fund: Fund,
  path: string,
  operationId: string,
  what: string,
  table: (figures: ReturnType<typeof presenters.presentFigures>) => ExportTable<Item>,
): Route {
  return exportRoute(
    `/api/insights/fund/${path}/export`,
    {
      operationId,
      summary: `The fund's ${what} as CSV or an Excel workbook`,
      description: `Any signed-in user: the ${what} as the fund's figures give them, names in the language asked for and amounts in yuan.`,
      querystring: schemas.FiguresExportQuery,
    },
    async (request) => table(presenters.presentFigures(await fund.figures(request.principal))),
  )
}

export function fundRoutes(fund: Fund): Route[] {
  return [
    get(
      '/api/insights/fund',
      {
        operationId: 'getFundFigures',
        summary:
          'The G60 fund: each backer’s commitment and calls, totals, by industry, city and stage, and the heat map',
        description: "Any signed-in user: the fund's aggregate figures.",
        ok: schemas.Figures,
      },
      async (request) => presenters.presentFigures(await fund.figures(request.principal)),
    ),
    figureExport(fund, 'backers', 'exportFundBackers', 'backers', backersExport),
    figureExport(fund, 'portfolio', 'exportFundPortfolio', 'portfolio by industry and city', portfolioExport),
    figureExport(fund, 'stages', 'exportFundStages', 'amounts by stage', stagesExport),
    get(
      '/api/insights/fund/investments',
      {
        operationId: 'listFundInvestments',
        summary: 'The fund’s investments, newest first, filtered; a firm sees its own',
        description:
          'Officers, workstations and the corridor office see every investment; a firm its own; paged and filtered.',
        querystring: schemas.InvestmentQuery,
        ok: schemas.InvestmentPage,
      },
      async (request) =>
        presentListPage(
          await fund.listInvestments(request.principal, request.query),
          presenters.presentInvestment,
        ),
    ),
    exportRoute(
      '/api/insights/fund/investments/export',
      {
        operationId: 'exportFundInvestments',
        summary: 'The investments list as CSV or an Excel workbook',
        description: `Whoever may list the investments: the same filters and order as the list, at most ${exportRowsMax} rows, with firms, cities, industries and stages by name and amounts in yuan.`,
        querystring: schemas.InvestmentExportQuery,
      },
      async (request, rowsMax) => fund.exportInvestments(request.principal, request.query, rowsMax),
    ),
    post(
      '/api/insights/fund/investments',
      {
        operationId: 'createFundInvestment',
        summary:
          'The office records an investment (from an equity referral, or directly): capital called from every backer pro rata',
        description: 'The corridor office only.',
        body: schemas.InvestBody,
        created: schemas.InvestmentDetail,
      },
      async (request) =>
        presenters.presentInvestmentDetail(await fund.invest(request.principal, request.body)),
    ),
    get(
      '/api/insights/fund/investments/:id',
      {
        operationId: 'getFundInvestment',
        summary: 'An investment with its capital calls per backer, the round it follows and its follow-ons',
        description: 'Officers, workstations and the corridor office; a firm for its own investments.',
        params: IdParams,
        ok: schemas.InvestmentDetail,
      },
      async (request) =>
        presenters.presentInvestmentDetail(await fund.getInvestment(request.principal, request.params.id)),
    ),
    post(
      '/api/insights/fund/investments/:id/follow-ons',
      {
        operationId: 'createFundFollowOn',
        summary: 'A follow-on round in the same firm, at the same or a later stage',
        description: 'The corridor office only.',
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
        operationId: 'exitFundInvestment',
        summary: 'The investment’s exit, once: after it was made and not in the future',
        description: 'The corridor office only.',
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
        operationId: 'listUninvestedEquityReferrals',
        summary:
          'Equity referrals approved or drawn that no investment came from yet, oldest first (the office)',
        description:
          "The corridor office only: the equity referrals an investment may still be recorded from, oldest decision first unless sorted otherwise, found by part of the firm's name or the beginning of its credit code, counted and paged.",
        querystring: schemas.ReferralQuery,
        ok: schemas.EquityReferralPage,
      },
      async (request) =>
        presentListPage(
          await fund.equityReferrals(request.principal, request.query),
          presenters.presentReferral,
        ),
    ),
  ]
}
