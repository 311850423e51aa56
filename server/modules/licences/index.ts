// The e-licences module's public face: issuers with did:web identifiers and sealed keys, licences issued as signed
// Verifiable Credentials when a one-stop case is approved, their status lists, and verification from published
// documents only.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { defineModule } from '../../platform/module'
import { createKeyVault } from './crypto/key-vault'
import { createPublishedDocuments } from './documents.service'
import { createKeyring, createKeys } from './keys.service'
import { createStatusLists } from './status-lists.service'
import { licenceErrors } from './licences.errors'
import { registerLicencesRoutes } from './licences.routes'
import { createLicenceIssuing } from './licence-issue.service'
import { createLicenceMoves } from './licence-moves.service'
import { createLicenceReads } from './licences.service'
import { createVerification } from './verify.service'

export interface LicencesOptions {
  publicOrigin: string
  keySecret: string
  statusListTtlMs: number
}

export function createLicencesModule(db: Database, options: LicencesOptions) {
  const origin = options.publicOrigin
  const documents = createPublishedDocuments(db, { origin, ttlMs: options.statusListTtlMs })
  const keyring = createKeyring({ origin, vault: createKeyVault(options.keySecret) })
  const statusLists = createStatusLists(keyring, origin)
  const keys = createKeys(db, documents, keyring, statusLists.republish)
  const licences = {
    ...createLicenceIssuing(keyring, { origin }),
    ...createLicenceMoves(db, statusLists, documents),
    ...createLicenceReads(db, documents),
  }
  const verification = createVerification(documents.resolver)
  return defineModule({
    documents,
    keys,
    licences,
    verification,
    name: 'licences',
    errors: licenceErrors,
    async prepare(database: Database) {
      await database.transaction(async (transaction) => {
        await keys.ensureIssuers(transaction)
        await statusLists.ensure(transaction)
      })
    },
    registerRoutes(app: FastifyInstance) {
      registerLicencesRoutes(app, { origin, documents, keys, licences, verification })
    },
  })
}

export type LicencesModule = ReturnType<typeof createLicencesModule>
export type { LicenceGrant, PresentedRefusal } from './licences.service'
export { verifyCredential, verdicts, type PublishedDocuments, type Verification } from './verifier'
export { credentialOfInput } from './verify.service'
export { didDocumentUrl } from './issuers'
export { isJsonObject, type JsonObject } from './json'
