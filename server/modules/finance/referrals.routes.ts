// Routes of consent-gated referrals: refer, revoke consent, read the firm's score card, decide, draw down.
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import { presentReferral, presentScore } from './finance.presenters'
import * as schemas from './finance.schemas'
import type { ReferralsService } from './referrals.service'

export function referralRoutes(referrals: ReferralsService): Route[] {
  return [
    get('/api/referrals', { querystring: schemas.ReferralQuery, ok: schemas.ReferralPage }, async (request) =>
      presentPage(await referrals.listReferrals(request.principal, request.query), presentReferral),
    ),
    get('/api/referrals/:id', { params: IdParams, ok: schemas.Referral }, async (request) =>
      presentReferral(await referrals.getReferral(request.principal, request.params.id)),
    ),
    post(
      '/api/referrals',
      {
        summary: "Refer a need to a product, granting that institution consent to read the firm's indicators",
        body: schemas.CreateReferralBody,
        created: schemas.Referral,
      },
      async (request) => presentReferral(await referrals.createReferral(request.principal, request.body)),
    ),
    post('/api/referrals/:id/revoke-consent', { params: IdParams, ok: schemas.Referral }, async (request) =>
      presentReferral(await referrals.revokeConsent(request.principal, request.params.id)),
    ),
    get(
      '/api/referrals/:id/firm-indicators',
      {
        summary: "The firm's score card for the institution, while consent is live; every read is audited",
        params: IdParams,
        ok: schemas.FirmIndicatorsForInstitution,
      },
      async (request) => {
        const result = await referrals.firmIndicators(request.principal, request.params.id)
        return { ...result, score: presentScore(result.score) }
      },
    ),
    post(
      '/api/referrals/:id/decision',
      { params: IdParams, body: schemas.DecideReferralBody, ok: schemas.Referral },
      async (request) =>
        presentReferral(await referrals.decide(request.principal, request.params.id, request.body)),
    ),
    post(
      '/api/referrals/:id/drawdown',
      { params: IdParams, body: schemas.DrawdownBody, ok: schemas.Referral },
      async (request) =>
        presentReferral(
          await referrals.drawdown(request.principal, request.params.id, request.body.drawnAmountFen),
        ),
    ),
  ]
}
