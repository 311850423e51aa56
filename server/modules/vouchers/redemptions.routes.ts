// The routes of redemption claims, with the routes of the redemption side: claims, settlement runs and the clearing
// report, in the order of the API document.
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { ClearingService } from './clearing.service'
import { clearingRoutes } from './clearing.routes'
import { presentRedemption } from './redemptions.presenters'
import * as schemas from './redemptions.schemas'
import type { RedemptionsService } from './redemptions.service'
import type { SettlementsService } from './settlements.service'
import { settlementRoutes } from './settlements.routes'
import { FileResponse, sendFile } from '../../platform/http/files'

export interface RedemptionServices {
  redemptions: RedemptionsService
  settlements: SettlementsService
  clearing: ClearingService
}

/** A claim carries its deliverable as Base64: up to 5 MB of file in a JSON body. */
const claimBodyLimitBytes = 8 * 1024 * 1024

export function redemptionRoutes(services: RedemptionServices): Route[] {
  return [
    ...redemptionClaimRoutes(services.redemptions),
    ...settlementRoutes(services.settlements),
    ...clearingRoutes(services.clearing),
  ]
}

function redemptionClaimRoutes(redemptions: RedemptionsService): Route[] {
  return [
    get(
      '/api/redemptions',
      {
        summary: "Redemption claims the caller may see: its firm's or provider's own, its city's, or all",
        querystring: schemas.RedemptionQuery,
        ok: schemas.RedemptionPage,
      },
      async (request) =>
        presentPage(await redemptions.listRedemptions(request.principal, request.query), presentRedemption),
    ),
    get('/api/redemptions/:id', { params: IdParams, ok: schemas.Redemption }, async (request) =>
      presentRedemption(await redemptions.getRedemption(request.principal, request.params.id)),
    ),
    get(
      '/api/redemptions/:id/deliverable',
      {
        summary: "The claim's deliverable file, as stored (its SHA-256 is on the claim)",
        params: IdParams,
        ok: FileResponse,
      },
      async (request, reply) => {
        const { redemption, content } = await redemptions.getDeliverable(request.principal, request.params.id)
        return sendFile(reply, {
          fileName: redemption.deliverableFileName,
          contentType: redemption.deliverableContentType,
          body: content,
        })
      },
    ),
    post(
      '/api/redemptions',
      {
        summary: 'Mark an order delivered and claim its voucher share (contract, invoice, deliverable)',
        body: schemas.ClaimRedemptionBody,
        created: schemas.Redemption,
        bodyLimit: claimBodyLimitBytes,
      },
      async (request) =>
        presentRedemption(await redemptions.claimRedemption(request.principal, request.body)),
    ),
    post(
      '/api/redemptions/:id/confirm',
      {
        summary: 'The firm confirms delivery and rates the service; the spot-check draw is made',
        params: IdParams,
        body: schemas.ConfirmRedemptionBody,
        ok: schemas.Redemption,
      },
      async (request) =>
        presentRedemption(
          await redemptions.confirmRedemption(request.principal, request.params.id, request.body),
        ),
    ),
    post(
      '/api/redemptions/:id/spot-check',
      {
        summary: 'Record the result of a spot check; a failed check rejects the claim',
        params: IdParams,
        body: schemas.SpotCheckBody,
        ok: schemas.Redemption,
      },
      async (request) =>
        presentRedemption(
          await redemptions.recordSpotCheck(request.principal, request.params.id, request.body),
        ),
    ),
    post(
      '/api/redemptions/:id/approve',
      {
        summary: 'The issuing city approves: the reservation becomes payable',
        params: IdParams,
        ok: schemas.Redemption,
      },
      async (request) =>
        presentRedemption(await redemptions.approveRedemption(request.principal, request.params.id)),
    ),
    post(
      '/api/redemptions/:id/reject',
      {
        summary: 'The issuing city rejects with a reason; the provider may claim again',
        params: IdParams,
        body: schemas.RejectRedemptionBody,
        ok: schemas.Redemption,
      },
      async (request) =>
        presentRedemption(
          await redemptions.rejectRedemption(request.principal, request.params.id, request.body),
        ),
    ),
  ]
}
