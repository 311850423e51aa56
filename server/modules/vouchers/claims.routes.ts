// Routes of voucher claims (申领) and their decisions.
import { get, post, type Route } from '../../platform/http/routes'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { IdParams } from '../../platform/http/schemas'
import type { ClaimsService } from './claims.service'
import { presentClaim, presentVoucher } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

export function claimRoutes(claims: ClaimsService): Route[] {
  return [
    get(
      '/api/voucher-claims',
      {
        operationId: 'listVoucherClaims',
        summary: "Claims the caller may see: a firm's own, an officer's city's, all for the corridor office",
        description:
          "A firm sees its own claims, a city officer its city's, the corridor office every city's; paged, filtered by status.",
        querystring: schemas.ClaimQuery,
        ok: schemas.ClaimPage,
      },
      async (request) =>
        presentListPage(await claims.listClaims(request.principal, request.query), presentClaim),
    ),
    exportRoute(
      '/api/voucher-claims/export',
      {
        operationId: 'exportVoucherClaims',
        summary: 'The claims list as CSV or an Excel workbook',
        description: `Whoever may list the claims: the same filters and order as the list, at most ${exportRowsMax} rows, with firm, scheme and city names and amounts in yuan.`,
        querystring: schemas.ClaimExportQuery,
      },
      async (request, rowsMax) => claims.exportClaims(request.principal, request.query, rowsMax),
    ),
    get(
      '/api/voucher-claims/:id',
      {
        operationId: 'getVoucherClaim',
        summary: 'Get a voucher claim',
        description: "The firm that claimed, officers of the scheme's city, and the corridor office.",
        params: IdParams,
        ok: schemas.Claim,
      },
      async (request) => presentClaim(await claims.getClaim(request.principal, request.params.id)),
    ),
    post(
      '/api/voucher-claims',
      {
        operationId: 'submitVoucherClaim',
        summary: 'Claim (申领) a voucher under a scheme of the firm’s city',
        description:
          "A firm for itself, or a city officer of the scheme's city on a firm's behalf (窗口代办); the corridor office may too.",
        body: schemas.CreateClaimBody,
        created: schemas.Claim,
      },
      async (request) => presentClaim(await claims.submitClaim(request.principal, request.body)),
    ),
    post(
      '/api/voucher-claims/:id/approve',
      {
        operationId: 'approveVoucherClaim',
        summary: 'Approve a claim (possibly for less) and issue its voucher: the issuing city’s officers',
        description:
          "City officers of the scheme's city or the corridor office, never whoever filed the claim: issues the voucher for the amount approved.",
        params: IdParams,
        body: schemas.ApproveClaimBody,
        ok: schemas.ClaimDecision,
      },
      async (request) => {
        const decision = await claims.approveClaim(request.principal, request.params.id, request.body)
        return { claim: presentClaim(decision.claim), voucher: presentVoucher(decision.voucher) }
      },
    ),
    post(
      '/api/voucher-claims/:id/reject',
      {
        operationId: 'rejectVoucherClaim',
        summary: 'Reject a claim with a reason: the issuing city’s officers',
        description:
          "City officers of the scheme's city or the corridor office, never whoever filed the claim.",
        params: IdParams,
        body: schemas.RejectClaimBody,
        ok: schemas.ClaimDecision,
      },
      async (request) => {
        const decision = await claims.rejectClaim(request.principal, request.params.id, request.body)
        return { claim: presentClaim(decision.claim), voucher: null }
      },
    ),
  ]
}
