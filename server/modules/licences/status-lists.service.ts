// Each issuer's two Bitstring Status Lists (revocation, suspension): a licence's bit changes in the transaction of
// its move, and the list's credential is signed again and stored as published in that same transaction, so what
// verifiers read never disagrees with the licences for longer than they may hold it.
import type { Database } from '../../db/client'
import { assert } from '../../platform/errors'
import { statusListCredential } from './credential'
import { secureDocument } from './crypto/data-integrity'
import { statusListBytes } from './crypto/status-list'
import { didOf, issuerReferences, statusListUrl } from './issuers'
import type { Keyring } from './keys.service'
import * as repository from './licences.repository'
import { statusPurposes, type StatusPurpose } from './licences.states'

export function createStatusLists(keyring: Keyring, origin: string) {
  async function publish(
    transaction: Database,
    issuerCode: string,
    purpose: StatusPurpose,
    bits: Uint8Array,
    at: Date,
  ) {
    const [signer] = await keyring.signersFor(transaction, issuerCode)
    assert(signer !== undefined, `issuer ${issuerCode} has no Ed25519 signer`)
    const unsigned = statusListCredential(
      statusListUrl(origin, issuerCode, purpose),
      didOf(origin, issuerCode),
      purpose,
      bits,
      at,
    )
    const published = secureDocument(unsigned, [signer], String(unsigned.validFrom))
    await repository.storePublished(transaction, issuerCode, purpose, published, at)
  }

  return {
    /** Every issuer's two lists exist and are published (first start makes them, empty). */
    async ensure(transaction: Database) {
      const at = new Date()
      for (const issuer of issuerReferences) {
        const existing = new Set(
          (await repository.statusListsOf(transaction, issuer.code)).map((list) => list.purpose),
        )
        for (const purpose of statusPurposes) {
          if (existing.has(purpose)) continue
          const bits = new Uint8Array(statusListBytes)
          await repository.insertStatusList(transaction, {
            issuerCode: issuer.code,
            purpose,
            bits,
            published: {},
            publishedAt: at,
          })
          await publish(transaction, issuer.code, purpose, bits, at)
        }
      }
    },
    /** Sets or clears a licence's bit and publishes the list again, in the caller's transaction. */
    async change(
      transaction: Database,
      issuerCode: string,
      purpose: StatusPurpose,
      index: number,
      value: 0 | 1,
      at: Date,
    ) {
      const bits = await repository.setStatusBit(transaction, issuerCode, purpose, index, value)
      await publish(transaction, issuerCode, purpose, bits, at)
    },
    /** After a key change: both lists signed again by the active key. */
    async republish(transaction: Database, issuerCode: string, at: Date) {
      for (const list of await repository.statusListsOf(transaction, issuerCode)) {
        const purpose = statusPurposes.find((candidate) => candidate === list.purpose)
        assert(purpose !== undefined, `list purpose ${list.purpose}`)
        await publish(transaction, issuerCode, purpose, list.bits, at)
      }
    },
  }
}

export type StatusLists = ReturnType<typeof createStatusLists>
