// Routes of e-licences: what issuers publish (DID documents, status lists), the public verification, the wallet
// and the issuing city's suspend / reinstate / revoke, and the keys page's public keys.
import type { FastifyInstance, FastifyReply } from 'fastify'
import { AppError } from '../../platform/errors'
import { defineRoutes, get, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { PublishedDocumentsService } from './documents.service'
import { issuerOfSegment, officeIssuerCode } from './issuers'
import type { KeysService } from './keys.service'
import * as presenters from './licences.presenters'
import * as schemas from './licences.schemas'
import type { LicenceMoves } from './licence-moves.service'
import type { LicenceReads } from './licences.service'
import type { VerificationService } from './verify.service'

export interface LicencesServices {
  origin: string
  documents: PublishedDocumentsService
  keys: KeysService
  licences: LicenceReads & LicenceMoves
  verification: VerificationService
}

/** the verify route reads one credential: 64 KiB is many times a licence with two proofs */
const verifyBodyLimitBytes = 65_536

function published(
  reply: FastifyReply,
  maxAgeSeconds: number,
  document: Record<string, unknown> | null,
  issuer: string,
) {
  if (document === null) throw new AppError('LICENCE_ISSUER_UNKNOWN', { issuer })
  void reply.header('cache-control', `public, max-age=${maxAgeSeconds}`)
  return document
}

function publicationRoutes({ documents }: LicencesServices): Route[] {
  return [
    get(
      '/.well-known/did.json',
      { summary: 'The corridor office’s DID document (did:web)', ok: schemas.Published },
      async (_request, reply) =>
        published(
          reply,
          documents.maxAgeSeconds,
          await documents.didDocument(officeIssuerCode),
          officeIssuerCode,
        ),
    ),
    get(
      '/issuers/:issuer/did.json',
      {
        summary: 'A city issuer’s DID document (did:web): its keys, retired and compromised ones marked',
        params: schemas.IssuerParams,
        ok: schemas.Published,
      },
      async (request, reply) => {
        const code = issuerOfSegment(request.params.issuer)
        const document = code === null || code === officeIssuerCode ? null : await documents.didDocument(code)
        return published(reply, documents.maxAgeSeconds, document, request.params.issuer)
      },
    ),
    get(
      '/issuers/:issuer/status/:purpose',
      {
        summary: 'An issuer’s Bitstring Status List credential (revocation or suspension)',
        params: schemas.StatusListParams,
        ok: schemas.Published,
      },
      async (request, reply) => {
        const code = issuerOfSegment(request.params.issuer)
        const document = code === null ? null : await documents.statusList(code, request.params.purpose)
        return published(reply, documents.maxAgeSeconds, document, request.params.issuer)
      },
    ),
  ]
}

function walletRoutes({ origin, licences, verification, keys }: LicencesServices): Route[] {
  return [
    post(
      '/api/verify',
      {
        summary:
          'Verify a licence credential: valid, tampered, revoked, suspended, expired, not yet valid or unknown issuer',
        body: schemas.VerifyBody,
        ok: schemas.Verification,
        bodyLimit: verifyBodyLimitBytes,
        config: { idempotency: false },
      },
      async (request) => presenters.presentVerification(await verification.verify(request.body.credential)),
    ),
    get(
      '/api/licences',
      {
        summary: 'Licences: a firm’s wallet, an officer’s city’s issues, all for the office',
        querystring: schemas.LicenceQuery,
        ok: schemas.LicencePage,
      },
      async (request) => {
        const { status, type, issuer, limit, cursor } = request.query
        const page = await licences.list(request.principal, {
          status,
          licenceType: type,
          issuerCode: issuer,
          limit,
          cursor,
        })
        return presentPage(page, (row) => presenters.presentLicence(origin, row))
      },
    ),
    get('/api/licences/:id', { params: IdParams, ok: schemas.LicenceDetail }, async (request) =>
      presenters.presentLicenceDetail(origin, await licences.get(request.principal, request.params.id)),
    ),
    get(
      '/api/licences/:id/credential',
      {
        summary: 'The signed credential alone, for whoever holds its link (its QR code carries it)',
        params: IdParams,
        ok: schemas.Published,
      },
      async (request) => licences.credentialOf(request.params.id),
    ),
    post(
      '/api/licences/:id/suspend',
      {
        summary: 'The issuing city suspends a licence, with the reason',
        params: IdParams,
        body: schemas.ReasonBody,
        ok: schemas.LicenceDetail,
      },
      async (request) =>
        presenters.presentLicenceDetail(
          origin,
          await licences.move(request.principal, request.params.id, 'suspend', request.body.reason),
        ),
    ),
    post(
      '/api/licences/:id/reinstate',
      {
        summary: 'The issuing city lifts a suspension',
        params: IdParams,
        body: schemas.ReinstateBody,
        ok: schemas.LicenceDetail,
      },
      async (request) =>
        presenters.presentLicenceDetail(
          origin,
          await licences.move(request.principal, request.params.id, 'reinstate', request.body.reason ?? null),
        ),
    ),
    post(
      '/api/licences/:id/revoke',
      {
        summary: 'The issuing city revokes a licence for good, with the reason',
        params: IdParams,
        body: schemas.ReasonBody,
        ok: schemas.LicenceDetail,
      },
      async (request) =>
        presenters.presentLicenceDetail(
          origin,
          await licences.move(request.principal, request.params.id, 'revoke', request.body.reason),
        ),
    ),
    get(
      '/api/licence-keys',
      { summary: 'The issuers’ public keys and their states (never a private one)', ok: schemas.PublicKeys },
      async (request) => ({
        items: (await keys.listPublic(request.principal)).map((key) =>
          presenters.presentPublicKey(origin, key),
        ),
      }),
    ),
  ]
}

export function registerLicencesRoutes(app: FastifyInstance, services: LicencesServices) {
  defineRoutes(app, { tags: ['licences'] }, [...publicationRoutes(services), ...walletRoutes(services)])
}
