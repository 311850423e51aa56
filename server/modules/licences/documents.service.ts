// What the issuers publish: their DID documents and their status list credentials, served from memory for at most
// the configured time (G60_STATUS_LIST_TTL_MS, also the answers' max-age) and dropped at once in this process when
// its own change commits. The in-process verifier reads these very documents, never the licences' rows.
import type { Database } from '../../db/client'
import type { JsonObject } from './json'
import { didDocumentOf, didOf, issuerOfSegment, issuerReferences, isIssuerCode } from './issuers'
import * as repository from './licences.repository'
import { statusPurposes, type StatusPurpose } from './licences.states'
import type { PublishedDocuments } from './verifier'

export interface DocumentsOptions {
  origin: string
  ttlMs: number
}

interface Held {
  value: JsonObject | null
  until: number
}

/** cached documents at most: one DID document and two lists per issuer, with room to spare */
const heldMax = 256

export function createPublishedDocuments(db: Database, options: DocumentsOptions) {
  const held = new Map<string, Held>()

  async function cached(key: string, load: () => Promise<JsonObject | null>): Promise<JsonObject | null> {
    const now = Date.now()
    const found = held.get(key)
    if (found !== undefined && found.until > now) return found.value
    const value = await load()
    if (options.ttlMs > 0) {
      if (held.size >= heldMax) held.clear()
      held.set(key, { value, until: now + options.ttlMs })
    }
    return value
  }

  function didDocument(code: string): Promise<JsonObject | null> {
    return cached(`did:${code}`, async () => {
      if (!isIssuerCode(code)) return null
      const keys = await repository.publicKeys(db, code)
      return keys.length === 0 ? null : didDocumentOf(didOf(options.origin, code), keys)
    })
  }

  function statusList(code: string, purpose: StatusPurpose): Promise<JsonObject | null> {
    return cached(`status:${code}:${purpose}`, async () => {
      if (!isIssuerCode(code)) return null
      return (await repository.publishedStatusList(db, code, purpose))?.published ?? null
    })
  }

  const ownDids = new Map<string, string>()
  for (const issuer of issuerReferences) ownDids.set(didOf(options.origin, issuer.code), issuer.code)
  const statusPrefix = `${options.origin}/issuers/`

  /** The in-process reader of published documents: this platform's own issuers only, never a fetch elsewhere. */
  const resolver: PublishedDocuments = {
    didDocument: async (did) => {
      const code = ownDids.get(did)
      return code === undefined ? null : didDocument(code)
    },
    statusListCredential: async (url) => {
      if (!url.startsWith(statusPrefix)) return null
      const [segment, kind, purpose, ...rest] = url.slice(statusPrefix.length).split('/')
      const code = issuerOfSegment(segment ?? '')
      const known = statusPurposes.find((candidate) => candidate === purpose)
      if (code === null || kind !== 'status' || known === undefined || rest.length > 0) return null
      return statusList(code, known)
    },
  }

  return {
    didDocument,
    statusList,
    resolver,
    maxAgeSeconds: Math.floor(options.ttlMs / 1000),
    /** after a change to an issuer's keys or lists commits: this process serves the new documents at once */
    forget(code: string) {
      for (const key of [...held.keys()])
        if (key.endsWith(`:${code}`) || key.includes(`:${code}:`)) held.delete(key)
    },
  }
}

export type PublishedDocumentsService = ReturnType<typeof createPublishedDocuments>
