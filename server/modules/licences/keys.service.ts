// The issuers' signing keys: made on first start, sealed at rest, opened only into signers held in this process.
// Rotation retires a suite's key for signing (what it signed still verifies) and makes the next; a key declared
// compromised verifies nothing any more. Both are audited, and the issuer's DID document follows at once here.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Policy, type Principal } from '../../platform/authorization'
import { AppError } from '../../platform/errors'
import { ed25519Signer, sm2Signer, type ProofSigner } from './crypto/data-integrity'
import type { KeyVault } from './crypto/key-vault'
import { randomIndexPermutation } from './crypto/status-list'
import { ed25519PrivateKeyObject, generateKeyMaterial, type Suite } from './crypto/multikey'
import type { PublishedDocumentsService } from './documents.service'
import { didOf, isIssuerCode, issuerReferences, issuerSegment } from './issuers'
import * as repository from './licences.repository'

const keysPolicy: Policy = { corridor_admin: 'any', city_officer: 'any' }
/** demo issuers that also sign with SM2: Shanghai (Songjiang) and Hefei, the two ends of the corridor */
const dualSignedByDefault = new Set(['SH-SJ', 'HF'])

export interface KeyringOptions {
  origin: string
  vault: KeyVault
}

/** The signers of the issuers' active keys, opened once per key and held in this process. */
export function createKeyring(options: KeyringOptions) {
  const signers = new Map<string, ProofSigner>()

  function signerOf(row: repository.KeyRow): ProofSigner {
    const known = signers.get(row.id)
    if (known !== undefined) return known
    const method = `${didOf(options.origin, row.issuerCode)}#${row.id}`
    const secret = options.vault.open(row.id, row.sealedPrivateKey)
    const signer =
      row.suite === 'sm2' ? sm2Signer(method, secret) : ed25519Signer(method, ed25519PrivateKeyObject(secret))
    secret.fill(0)
    signers.set(row.id, signer)
    return signer
  }

  /** The signers of an issuer now: Ed25519 first, then SM2 when it dual-signs. */
  async function signersFor(transaction: Database, issuerCode: string): Promise<ProofSigner[]> {
    const rows = await repository.activeSealedKeys(transaction, issuerCode)
    const ordered = [...rows].sort((left, right) =>
      left.suite === 'ed25519' ? -1 : right.suite === 'ed25519' ? 1 : 0,
    )
    if (ordered[0]?.suite !== 'ed25519') throw new AppError('LICENCE_ISSUER_UNKNOWN', { issuerCode })
    return ordered.map(signerOf)
  }

  return {
    signersFor,
    seal: (keyId: string, secret: Uint8Array) => options.vault.seal(keyId, secret),
    /** a compromised key signs nothing more in this process */
    drop: (keyId: string) => signers.delete(keyId),
  }
}

export type Keyring = ReturnType<typeof createKeyring>

/** Who changes keys: the corridor office (g60 keys, as a named user), or the seed ('system'). */
export type Operator = Principal | 'system'
const keyChangePolicy: Policy = { corridor_admin: 'any' }

function operatorId(by: Operator): string | null {
  return by === 'system' ? null : authorize(by, keyChangePolicy).userId
}

/** What a change of keys must redo in its transaction: the issuer's status lists, signed by the new key. */
export type RepublishLists = (transaction: Database, issuerCode: string, at: Date) => Promise<void>

export function createKeys(
  db: Database,
  documents: PublishedDocumentsService,
  keyring: Keyring,
  republish: RepublishLists,
) {
  async function addKey(transaction: Database, issuerCode: string, suite: Suite, at: Date) {
    const serial = (await repository.lastSerial(transaction, issuerCode, suite)) + 1
    const id = `${issuerSegment(issuerCode)}-${suite}-${serial}`
    const material = generateKeyMaterial(suite)
    await repository.insertKey(transaction, {
      id,
      issuerCode,
      suite,
      serial,
      publicKeyHex: Buffer.from(material.publicKey).toString('hex'),
      sealedPrivateKey: keyring.seal(id, material.privateKey),
      state: 'active',
      createdAt: at,
      updatedAt: at,
    })
    material.privateKey.fill(0)
    return id
  }

  /** Every issuer exists with an active Ed25519 key (and SM2 where it dual-signs): first start makes them. */
  async function ensureIssuers(transaction: Database, at = new Date()) {
    await repository.insertIssuers(
      transaction,
      issuerReferences.map((issuer) => {
        const { stride, offset } = randomIndexPermutation()
        return {
          ...issuer,
          dualSigned: dualSignedByDefault.has(issuer.code),
          statusIndexStride: stride,
          statusIndexOffset: offset,
        }
      }),
    )
    for (const issuer of await repository.listIssuers(transaction)) {
      const active = await repository.activeSealedKeys(transaction, issuer.code)
      const wanted: Suite[] = issuer.dualSigned ? ['ed25519', 'sm2'] : ['ed25519']
      for (const suite of wanted) {
        if (!active.some((key) => key.suite === suite)) await addKey(transaction, issuer.code, suite, at)
      }
    }
  }

  /** `g60 keys rotate CITY`: the suite's active key retires and a new one signs from now on. */
  async function rotate(issuerCode: string, suite: Suite, by: Operator, at = new Date()) {
    const actorUserId = operatorId(by)
    if (!isIssuerCode(issuerCode)) throw new AppError('LICENCE_ISSUER_UNKNOWN', { issuerCode })
    const result = await db.transaction(async (transaction) => {
      const issuer = await repository.lockIssuer(transaction, issuerCode)
      if (issuer === undefined) throw new AppError('LICENCE_ISSUER_UNKNOWN', { issuerCode })
      const retired = await repository.retireActiveKey(transaction, issuerCode, suite, at)
      const id = await addKey(transaction, issuerCode, suite, at)
      if (suite === 'sm2' && !issuer.dualSigned) await repository.setDualSigned(transaction, issuerCode, true)
      if (suite === 'ed25519') await republish(transaction, issuerCode, at)
      await recordAudit(transaction, {
        actorUserId,
        action: 'licence_key.rotate',
        entityType: 'licence_key',
        entityId: id,
        cityCode: issuerCode === 'G60' ? null : issuerCode,
        details: { issuerCode, suite, retired: retired?.id ?? null },
      })
      return { id, retired: retired?.id ?? null }
    })
    documents.forget(issuerCode)
    return result
  }

  /** A key declared compromised: every credential it signed now fails verification with the reason given. */
  async function compromise(keyId: string, reason: { zh: string; en: string }, by: Operator) {
    const actorUserId = operatorId(by)
    const found = await db.transaction(async (transaction) => {
      const key = await repository.findPublicKey(transaction, keyId)
      if (key === undefined) throw new AppError('LICENCE_KEY_NOT_FOUND', { keyId })
      if (key.state === 'compromised') throw new AppError('LICENCE_KEY_ALREADY_COMPROMISED', { keyId })
      const at = new Date()
      const changed = await repository.markCompromised(transaction, keyId, at, reason)
      if (key.state === 'active')
        await addKey(transaction, key.issuerCode, key.suite === 'sm2' ? 'sm2' : 'ed25519', at)
      keyring.drop(keyId)
      // its lists may carry its signature: signed again by the active key, or every licence would read as unknown
      await republish(transaction, key.issuerCode, at)
      await recordAudit(transaction, {
        actorUserId,
        action: 'licence_key.compromise',
        entityType: 'licence_key',
        entityId: keyId,
        cityCode: key.issuerCode === 'G60' ? null : key.issuerCode,
        details: { reason },
      })
      return changed ?? key
    })
    documents.forget(found.issuerCode)
    return found
  }

  /** The keys page: public parts and states, never a private one (the query does not select it). */
  async function listPublic(principal: Principal | null) {
    authorize(principal, keysPolicy)
    return repository.publicKeys(db)
  }

  return { ensureIssuers, rotate, compromise, listPublic }
}

export type KeysService = ReturnType<typeof createKeys>
