// The routes of redemption claims, with the routes of the redemption side: claims, settlement runs and the clearing
// report, in the order of the API document.
import { get, post, type Route } from '../../platform/http/routes'
import { presentListPage } from '../../platform/http/list'
import { IdParams, NoBody } from '../../platform/http/schemas'
import type { ClearingService } from './clearing.service'
import { clearingRoutes } from './clearing.routes'
import { presentListedRedemption, presentRedemption } from './redemptions.presenters'
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
    ...redemptionDecisionRoutes(services.redemptions),
    ...settlementRoutes(services.settlements),
    ...clearingRoutes(services.clearing),
  ]
}

function redemptionClaimRoutes(redemptions: RedemptionsService): Route[] {
  return [
    get(
      '/api/redemptions',
      {
        operationId: 'listRedemptions',
        summary: "Redemption claims the caller may see: its firm's or provider's own, its city's, or all",
        description:
          "A firm or provider sees its own redemption claims, a city officer its city's, the corridor office all; paged and filtered.",
        querystring: schemas.RedemptionQuery,
        ok: schemas.RedemptionPage,
      },
      async (request) =>
        presentListPage(
          await redemptions.listRedemptions(request.principal, request.query),
          presentListedRedemption,
        ),
    ),
    get(
      '/api/redemptions/:id',
      {
        operationId: 'getRedemption',
        summary: 'Get a redemption claim',
        description: 'The firm, the provider, officers of the issuing city, and the corridor office.',
        params: IdParams,
        ok: schemas.Redemption,
      },
      async (request) =>
        presentRedemption(await redemptions.getRedemption(request.principal, request.params.id)),
    ),
    get(
      '/api/redemptions/:id/deliverable',
      {
        operationId: 'downloadRedemptionDeliverable',
        summary: "The claim's deliverable file, as stored (its SHA-256 is on the claim)",
        description: 'The firm, the provider, officers of the issuing city, and the corridor office.',
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
        operationId: 'claimRedemption',
        summary: 'Mark an order delivered and claim its voucher share (contract, invoice, deliverable)',
        description:
          'The provider of the order only: uploads the contract, invoice and deliverable and claims the voucher share.',
        body: schemas.ClaimRedemptionBody,
        created: schemas.Redemption,
        bodyLimit: claimBodyLimitBytes,
      },
      async (request) =>
        presentRedemption(await redemptions.claimRedemption(request.principal, request.body)),
    ),
  ]
}

/** The moves of a claim after it is filed: the firm's confirmation and the issuing city's checks and decision. */
function redemptionDecisionRoutes(redemptions: RedemptionsService): Route[] {
  return [
    post(
      '/api/redemptions/:id/confirm',
      {
        operationId: 'confirmRedemption',
        summary: 'The firm confirms delivery and rates the service; the spot-check draw is made',
        description: 'The ordering firm only, once the provider has claimed.',
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
        operationId: 'recordRedemptionSpotCheck',
        summary: 'Record the result of a spot check; a failed check rejects the claim',
        description:
          'City officers of the issuing city or the corridor office, for a claim the draw selected.',
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
        operationId: 'approveRedemption',
        summary: 'The issuing city approves: the reservation becomes payable',
        description:
          'City officers of the issuing city or the corridor office: the reserved voucher share becomes payable to the provider.',
        params: IdParams,
        body: NoBody,
        ok: schemas.Redemption,
      },
      async (request) =>
        presentRedemption(await redemptions.approveRedemption(request.principal, request.params.id)),
    ),
    post(
      '/api/redemptions/:id/reject',
      {
        operationId: 'rejectRedemption',
        summary: 'The issuing city rejects with a reason; the provider may claim again',
        description:
          'City officers of the issuing city or the corridor office: the claim is refused with a reason.',
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
