// Routes of consent-gated referrals: refer, revoke consent, read the firm's score card, decide, draw down.
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams, NoBody } from '../../platform/http/schemas'
import { presentListedReferral, presentReferral, presentScore } from './finance.presenters'
import * as schemas from './finance.schemas'
import type { ReferralsService } from './referrals.service'

export function referralRoutes(referrals: ReferralsService): Route[] {
  return [
    get(
      '/api/referrals',
      {
        operationId: 'listReferrals',
        summary: 'List referrals',
        description:
          "A financial institution sees referrals to its products; a firm its own; officers and workstations their city's; the corridor office all. Newest first unless sorted (the institution's queue asks for status=referred&sort=createdAt), paged and counted.",
        querystring: schemas.ReferralQuery,
        ok: schemas.ReferralPage,
      },
      async (request) =>
        presentListPage(
          await referrals.listReferrals(request.principal, request.query),
          presentListedReferral,
        ),
    ),
    exportRoute(
      '/api/referrals/export',
      {
        operationId: 'exportReferrals',
        summary: 'The referrals list as CSV or an Excel workbook',
        description: `Whoever may list the referrals: the same filters and order as the list, at most ${exportRowsMax} rows, with firm, product, institution and city names and amounts in yuan.`,
        querystring: schemas.ReferralExportQuery,
      },
      async (request, rowsMax) => referrals.exportReferrals(request.principal, request.query, rowsMax),
    ),
    get(
      '/api/referrals/:id',
      {
        operationId: 'getReferral',
        summary: 'Get a referral',
        description:
          "The firm, the institution referred to, officers and workstations of the firm's city, and the corridor office.",
        params: IdParams,
        ok: schemas.ListedReferral,
      },
      async (request) =>
        presentListedReferral(await referrals.getReferral(request.principal, request.params.id)),
    ),
    post(
      '/api/referrals',
      {
        operationId: 'createReferral',
        summary: "Refer a need to a product, granting that institution consent to read the firm's indicators",
        description: 'The firm that posted the need only.',
        body: schemas.CreateReferralBody,
        created: schemas.Referral,
      },
      async (request) => presentReferral(await referrals.createReferral(request.principal, request.body)),
    ),
    post(
      '/api/referrals/:id/revoke-consent',
      {
        operationId: 'revokeReferralConsent',
        summary: "Revoke the institution's consent to read the firm's indicators",
        description: "The firm that made the referral only; the institution's reads stop at once.",
        params: IdParams,
        body: NoBody,
        ok: schemas.Referral,
      },
      async (request) => presentReferral(await referrals.revokeConsent(request.principal, request.params.id)),
    ),
    get(
      '/api/referrals/:id/firm-indicators',
      {
        operationId: 'getReferralFirmIndicators',
        summary: "The firm's score card for the institution, while consent is live; every read is audited",
        description: "The institution referred to only, while the firm's consent is live.",
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
      {
        operationId: 'decideReferral',
        summary: 'Accept or decline a referral',
        description:
          'The institution referred to only: grants credit with its amount and terms, or declines with a reason.',
        params: IdParams,
        body: schemas.DecideReferralBody,
        ok: schemas.Referral,
      },
      async (request) =>
        presentReferral(await referrals.decide(request.principal, request.params.id, request.body)),
    ),
    post(
      '/api/referrals/:id/drawdown',
      {
        operationId: 'recordReferralDrawdown',
        summary: 'Record money drawn under a granted referral',
        description: 'The institution referred to only.',
        params: IdParams,
        body: schemas.DrawdownBody,
        ok: schemas.Referral,
      },
      async (request) =>
        presentReferral(
          await referrals.drawdown(request.principal, request.params.id, request.body.drawnAmountFen),
        ),
    ),
  ]
}
