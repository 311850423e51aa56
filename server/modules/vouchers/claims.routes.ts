// Routes of voucher claims (申领) and their decisions.
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { ClaimsService } from './claims.service'
import { presentClaim, presentVoucher } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

export function claimRoutes(claims: ClaimsService): Route[] {
  return [
    get(
      '/api/voucher-claims',
      {
        summary: "Claims the caller may see: a firm's own, an officer's city's, all for the corridor office",
        querystring: schemas.ClaimQuery,
        ok: schemas.ClaimPage,
      },
      async (request) => presentPage(await claims.listClaims(request.principal, request.query), presentClaim),
    ),
    get('/api/voucher-claims/:id', { params: IdParams, ok: schemas.Claim }, async (request) =>
      presentClaim(await claims.getClaim(request.principal, request.params.id)),
    ),
    post(
      '/api/voucher-claims',
      {
        summary: 'Claim (申领) a voucher under a scheme of the firm’s city',
        body: schemas.CreateClaimBody,
        created: schemas.Claim,
      },
      async (request) => presentClaim(await claims.submitClaim(request.principal, request.body)),
    ),
    post(
      '/api/voucher-claims/:id/approve',
      {
        summary: 'Approve a claim (possibly for less) and issue its voucher: the issuing city’s officers',
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
        summary: 'Reject a claim with a reason: the issuing city’s officers',
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
