// Routes of the workstations' cases.
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { CasesService } from './cases.service'
import { presentCase, presentCaseWithNotes } from './finance.presenters'
import * as schemas from './finance.schemas'

export function caseRoutes(cases: CasesService): Route[] {
  return [
    get('/api/finance-cases', { querystring: schemas.CaseQuery, ok: schemas.CasePage }, async (request) =>
      presentPage(await cases.listCases(request.principal, request.query), presentCase),
    ),
    get('/api/finance-cases/:id', { params: IdParams, ok: schemas.FinanceCase }, async (request) =>
      presentCaseWithNotes(await cases.getCase(request.principal, request.params.id)),
    ),
    post(
      '/api/finance-cases',
      { body: schemas.CreateCaseBody, created: schemas.FinanceCase },
      async (request) => presentCaseWithNotes(await cases.createCase(request.principal, request.body)),
    ),
    post(
      '/api/finance-cases/:id/advance',
      {
        summary: 'Move a case to its next stage (or close it) with a note',
        params: IdParams,
        body: schemas.AdvanceCaseBody,
        ok: schemas.FinanceCase,
      },
      async (request) =>
        presentCaseWithNotes(await cases.advanceCase(request.principal, request.params.id, request.body)),
    ),
  ]
}
