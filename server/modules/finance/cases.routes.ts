// Routes of the workstations' cases.
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { CasesService } from './cases.service'
import { presentCase, presentCaseWithNotes } from './finance.presenters'
import * as schemas from './finance.schemas'

export function caseRoutes(cases: CasesService): Route[] {
  return [
    get(
      '/api/finance-cases',
      {
        operationId: 'listFinanceCases',
        summary: 'List workstation finance cases',
        description:
          "Officers and workstations see their city's cases, the corridor office all, newest first; paged and filtered by stage, " +
          'firm, officer and overdue; each case names its firm and officer.',
        querystring: schemas.CaseQuery,
        ok: schemas.CasePage,
      },
      async (request) => presentPage(await cases.listCases(request.principal, request.query), presentCase),
    ),
    get(
      '/api/finance-cases/counts',
      {
        operationId: 'countFinanceCases',
        summary: "Count workstation cases per stage and per officer: a board's column heads",
        description:
          'Under the same filters as the list (city, firm, officer, overdue) and the same reach: one answer for ' +
          'every column of the board and the officers to filter by.',
        querystring: schemas.CaseCountQuery,
        ok: schemas.CaseCounts,
      },
      async (request) => cases.countCases(request.principal, request.query),
    ),
    get(
      '/api/finance-cases/:id',
      {
        operationId: 'getFinanceCase',
        summary: 'Get a finance case',
        description: "Officers and workstations of the case's city, and the corridor office.",
        params: IdParams,
        ok: schemas.FinanceCase,
      },
      async (request) => presentCaseWithNotes(await cases.getCase(request.principal, request.params.id)),
    ),
    post(
      '/api/finance-cases',
      {
        operationId: 'createFinanceCase',
        summary: 'Open a workstation finance case for a firm',
        description: "A workstation of the firm's city, or the corridor office.",
        body: schemas.CreateCaseBody,
        created: schemas.FinanceCase,
      },
      async (request) => presentCaseWithNotes(await cases.createCase(request.principal, request.body)),
    ),
    post(
      '/api/finance-cases/:id/advance',
      {
        operationId: 'advanceFinanceCase',
        summary: 'Move a case to its next stage (or close it) with a note',
        description: "A workstation of the case's city, or the corridor office.",
        params: IdParams,
        body: schemas.AdvanceCaseBody,
        ok: schemas.FinanceCase,
      },
      async (request) =>
        presentCaseWithNotes(await cases.advanceCase(request.principal, request.params.id, request.body)),
    ),
  ]
}
