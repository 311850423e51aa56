// Signed checkpoints of the audit chain: the serving process signs the chain's length and head hash with an Ed25519
// key it keeps in a file (never in the database, never served) and writes each checkpoint both to audit_checkpoints
// and, as one JSON line, to an append-only file outside the database. Whoever rewrites the table cannot re-sign: a
// truncated tail, a re-hashed history or a replaced record shows against the checkpoints (checkpoints.verify.ts).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Database } from '../../db/client'
import {
  insertCheckpoint,
  lockCheckpointWriters,
  readChainHead,
  readLastCheckpoint,
  readRecordHashes,
  type StoredCheckpoint,
} from './audit.repository'

export type AuditCheckpoint = StoredCheckpoint

export interface AuditCheckpointSettings {
  keyFile: string
  checkpointFile: string
  checkpointIntervalMs: number
}

/** What a signature covers: a fixed layout, versioned, so that no other signed text can pass for a checkpoint. */
function checkpointMessage(checkpoint: Pick<AuditCheckpoint, 'sequence' | 'headHash' | 'signedAt'>): Buffer {
  return Buffer.from(
    `g60-audit-checkpoint/1\n${checkpoint.sequence}\n${checkpoint.headHash}\n${checkpoint.signedAt}`,
    'utf8',
  )
}

/** A short name of a public key (its SPKI's SHA-256), so that a checkpoint says which key signed it. */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key
  const der = publicKey.export({ type: 'spki', format: 'der' })
  return createHash('sha256').update(der).digest('hex').slice(0, 16)
}

/** Where the public half is written beside a new key, for the operator to keep elsewhere too. */
export function publicKeyFileOf(keyFile: string): string {
  return `${keyFile.replace(/\.pem$/, '')}.pub.pem`
}

function readSigningKey(keyFile: string): KeyObject {
  const mode = fs.statSync(keyFile).mode & 0o777
  // a key others can read is a key others can sign with: refuse to start rather than sign with it
  if ((mode & 0o077) !== 0) {
    throw new Error(
      `the audit signing key ${keyFile} must be readable by its owner only (mode 0600), it is 0${mode.toString(8)}`,
    )
  }
  const key = createPrivateKey(fs.readFileSync(keyFile))
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(`the audit signing key ${keyFile} is not an Ed25519 key`)
  return key
}

/** The private key in `keyFile`; made (mode 0600, its public half beside it) when there is none yet. */
export function loadOrCreateSigningKey(keyFile: string): KeyObject {
  if (fs.existsSync(keyFile)) return readSigningKey(keyFile)
  fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 })
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  try {
    // 'wx': two processes starting at once make one key; the second reads the first one's
    fs.writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    })
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return readSigningKey(keyFile)
    throw error
  }
  fs.writeFileSync(publicKeyFileOf(keyFile), publicKey.export({ type: 'spki', format: 'pem' }), {
    mode: 0o644,
  })
  return privateKey
}

/** The public key in a PEM file, which may hold the private key (its public half is taken). */
export function readPublicKey(file: string): KeyObject {
  const key = createPublicKey(fs.readFileSync(file))
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${file} does not hold an Ed25519 key`)
  return key
}

export function signCheckpoint(
  privateKey: KeyObject,
  head: { sequence: number; hash: string },
  signedAt: Date,
): AuditCheckpoint {
  const unsigned = { sequence: head.sequence, headHash: head.hash, signedAt: signedAt.toISOString() }
  return {
    ...unsigned,
    keyId: keyIdOf(privateKey),
    signature: sign(null, checkpointMessage(unsigned), privateKey).toString('base64'),
  }
}

export function isCheckpointSignedBy(publicKey: KeyObject, checkpoint: AuditCheckpoint): boolean {
  if (checkpoint.keyId !== keyIdOf(publicKey)) return false
  try {
    return verify(null, checkpointMessage(checkpoint), publicKey, Buffer.from(checkpoint.signature, 'base64'))
  } catch {
    return false
  }
}

/** One line, one write on a file opened for appending, flushed to disk before the database commits. */
async function appendCheckpointLine(checkpointFile: string, checkpoint: AuditCheckpoint): Promise<void> {
  await fs.promises.mkdir(path.dirname(checkpointFile), { recursive: true })
  const handle = await fs.promises.open(checkpointFile, 'a', 0o640)
  try {
    const { sequence, headHash, signedAt, keyId, signature } = checkpoint
    await handle.write(`${JSON.stringify({ sequence, headHash, signedAt, keyId, signature })}\n`)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export type CheckpointOutcome =
  | { kind: 'signed'; checkpoint: AuditCheckpoint }
  /** the chain is empty, or has not grown since the last checkpoint */
  | { kind: 'unchanged' }
  /** the record at the last checkpoint's sequence no longer has its hash: nothing is signed over a rewritten chain */
  | { kind: 'diverged'; lastCheckpoint: AuditCheckpoint; recordHash: string | null }

/**
 * Signs the chain's head when it grew since the last checkpoint. The file line is written and flushed before the
 * table's row commits: a crash between them leaves a checkpoint in the file only, which verification accepts.
 */
export async function writeCheckpoint(
  db: Database,
  privateKey: KeyObject,
  checkpointFile: string,
): Promise<CheckpointOutcome> {
  return db.transaction(async (transaction): Promise<CheckpointOutcome> => {
    await lockCheckpointWriters(transaction)
    const head = await readChainHead(transaction)
    const last = await readLastCheckpoint(transaction)
    if (last !== null) {
      const recordHash = (await readRecordHashes(transaction, [last.sequence])).get(last.sequence) ?? null
      if (recordHash !== last.headHash) return { kind: 'diverged', lastCheckpoint: last, recordHash }
      if (head?.sequence === last.sequence) return { kind: 'unchanged' }
    }
    if (head === null) return { kind: 'unchanged' }
    const checkpoint = signCheckpoint(privateKey, head, new Date())
    await insertCheckpoint(transaction, checkpoint)
    await appendCheckpointLine(checkpointFile, checkpoint)
    return { kind: 'signed', checkpoint }
  })
}

export interface CheckpointLog {
  info(details: Record<string, unknown>, message: string): void
  error(details: Record<string, unknown>, message: string): void
}

export interface AuditCheckpointer {
  /** makes or reads the key, signs the head now, then again every interval while the chain grows */
  start(log: CheckpointLog): Promise<void>
  /** stops the interval and signs the head a last time (nothing when never started) */
  stop(): Promise<void>
}

/** The serving process's checkpoints: a timer in the process, not a queued job, since the key and file are local. */
export function createAuditCheckpointer(db: Database, settings: AuditCheckpointSettings): AuditCheckpointer {
  let running: { key: KeyObject; timer: NodeJS.Timeout; log: CheckpointLog } | null = null
  let inFlight: Promise<void> = Promise.resolve()

  async function checkpointOnce(key: KeyObject, log: CheckpointLog) {
    try {
      const outcome = await writeCheckpoint(db, key, settings.checkpointFile)
      if (outcome.kind === 'signed') {
        log.info({ sequence: outcome.checkpoint.sequence }, 'audit checkpoint signed')
      } else if (outcome.kind === 'diverged') {
        log.error(
          { sequence: outcome.lastCheckpoint.sequence, checkpointHash: outcome.lastCheckpoint.headHash },
          'audit chain differs from its last checkpoint: not signed; run g60 audit verify',
        )
      }
    } catch (error) {
      log.error({ err: error }, 'audit checkpoint failed')
    }
  }

  function schedule(key: KeyObject, log: CheckpointLog) {
    // one at a time: a slow checkpoint is not overtaken by the next tick
    inFlight = inFlight.then(() => checkpointOnce(key, log))
    return inFlight
  }

  return {
    async start(log) {
      if (running !== null) return
      const key = loadOrCreateSigningKey(settings.keyFile)
      await schedule(key, log)
      const timer = setInterval(() => void schedule(key, log), settings.checkpointIntervalMs)
      timer.unref()
      running = { key, timer, log }
    },
    async stop() {
      if (running === null) return
      const { key, timer, log } = running
      running = null
      clearInterval(timer)
      await schedule(key, log)
    },
  }
}
