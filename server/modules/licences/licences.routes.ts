// Routes of e-licences: what issuers publish (DID documents, status lists), the public verification, the wallet
// and the issuing city's suspend / reinstate / revoke, and the keys page's public keys.
import type { FastifyInstance, FastifyReply } from 'fastify'
import { AppError } from '../../platform/errors'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { defineRoutes, get, post, type Route } from '../../platform/http/routes'
import { IdParams } from '../../platform/http/schemas'
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
      {
        operationId: 'getCorridorDidDocument',
        summary: 'The corridor office’s DID document (did:web)',
        description: 'Anyone: the did:web document verifiers resolve for the corridor office.',
        ok: schemas.Published,
      },
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
        operationId: 'getIssuerDidDocument',
        summary: 'A city issuer’s DID document (did:web): its keys, retired and compromised ones marked',
        description: 'Anyone: the did:web document verifiers resolve for a city that issues licences.',
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
        operationId: 'getIssuerStatusList',
        summary: 'An issuer’s Bitstring Status List credential (revocation or suspension)',
        description:
          'Anyone: the signed status list verifiers read to see whether a credential is revoked or suspended.',
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

function walletRoutes({ origin, licences, verification }: LicencesServices): Route[] {
  return [
    post(
      '/api/verify',
      {
        operationId: 'verifyLicenceCredential',
        summary:
          'Verify a licence credential: valid, tampered, revoked, suspended, expired, not yet valid or unknown issuer',
        description: "Anyone: checks a licence credential's signature, status and validity period.",
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
        operationId: 'listLicences',
        summary: 'Licences: a firm’s wallet, an officer’s city’s issues, all for the office',
        description:
          'A firm sees its own licences, a city officer those its city issued, the corridor office all; paged and filtered.',
        querystring: schemas.LicenceQuery,
        ok: schemas.LicencePage,
      },
      async (request) =>
        presentListPage(await licences.list(request.principal, request.query), (row) =>
          presenters.presentLicence(origin, row),
        ),
    ),
    exportRoute(
      '/api/licences/export',
      {
        operationId: 'exportLicences',
        summary: 'The licences list as CSV or an Excel workbook',
        description: `Whoever may list the licences: the same filters and order as the list, at most ${exportRowsMax} rows, with holders, licences and issuers by name.`,
        querystring: schemas.LicenceExportQuery,
      },
      async (request, rowsMax) => licences.exportLicences(request.principal, request.query, rowsMax),
    ),
    get(
      '/api/licences/:id',
      {
        operationId: 'getLicence',
        summary: 'Get a licence',
        description: 'The holding firm, officers of the issuing city, and the corridor office.',
        params: IdParams,
        ok: schemas.LicenceDetail,
      },
      async (request) =>
        presenters.presentLicenceDetail(origin, await licences.get(request.principal, request.params.id)),
    ),
    get(
      '/api/licences/:id/credential',
      {
        operationId: 'getLicenceCredential',
        summary: 'The signed credential alone, for whoever holds its link (its QR code carries it)',
        description:
          "Anyone holding the link: the licence's verifiable credential, as presented to a verifier.",
        params: IdParams,
        ok: schemas.Published,
      },
      async (request) => licences.credentialOf(request.params.id),
    ),
  ]
}

/** The issuing city's moves of a licence, and the issuers' public keys. */
function issuerRoutes({ origin, licences, keys }: LicencesServices): Route[] {
  return [
    post(
      '/api/licences/:id/suspend',
      {
        operationId: 'suspendLicence',
        summary: 'The issuing city suspends a licence, with the reason',
        description: 'City officers of the issuing city only.',
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
        operationId: 'reinstateLicence',
        summary: 'The issuing city lifts a suspension',
        description: 'City officers of the issuing city only.',
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
        operationId: 'revokeLicence',
        summary: 'The issuing city revokes a licence for good, with the reason',
        description: 'City officers of the issuing city only.',
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
      {
        operationId: 'listLicenceKeys',
        summary: 'The issuers’ public keys and their states (never a private one)',
        description: "City officers and the corridor office: each issuer's public keys with their states.",
        ok: schemas.PublicKeys,
      },
      async (request) => ({
        items: (await keys.listPublic(request.principal)).map((key) =>
          presenters.presentPublicKey(origin, key),
        ),
      }),
    ),
  ]
}

export function registerLicencesRoutes(app: FastifyInstance, services: LicencesServices) {
  defineRoutes(app, { tags: ['licences'] }, [
    ...publicationRoutes(services),
    ...walletRoutes(services),
    ...issuerRoutes(services),
  ])
}
