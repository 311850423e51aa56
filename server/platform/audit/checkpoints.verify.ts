// `g60 audit verify`: the hash chain walked record by record, then held against every signed checkpoint, from the
// checkpoint file (the authority) and from the table. Each finding has a stable code; records after the last
// checkpoint are reported as not yet anchored, since a forged append there cannot be told from a real one until the
// next checkpoint signs the genuine head.
import type { KeyObject } from 'node:crypto'
import fs from 'node:fs'
import { Type } from 'typebox'
import { Value } from 'typebox/value'
import type { Database } from '../../db/client'
import { readChainHead, readCheckpoints, readRecordHashes } from './audit.repository'
import { verifyAuditChain, type AuditProblem } from './audit.service'
import { isCheckpointSignedBy, keyIdOf, type AuditCheckpoint } from './checkpoints.service'

export const auditFindingCodes = [
  'AUDIT_RECORD_MISSING',
  'AUDIT_RECORD_ALTERED',
  'AUDIT_LINK_BROKEN',
  'AUDIT_TAIL_TRUNCATED',
  'AUDIT_HISTORY_REWRITTEN',
  'AUDIT_CHECKPOINT_SIGNATURE_INVALID',
  'AUDIT_CHECKPOINT_NOT_IN_FILE',
  'AUDIT_CHECKPOINT_DIFFERS_FROM_FILE',
  'AUDIT_CHECKPOINT_FILE_MISSING',
  'AUDIT_CHECKPOINT_FILE_MALFORMED',
  'AUDIT_KEY_UNAVAILABLE',
] as const
export type AuditFindingCode = (typeof auditFindingCodes)[number]

export interface AuditFinding {
  code: AuditFindingCode
  /** the record (or checkpointed sequence) it is about, when there is one */
  sequence: number | null
  message: string
}

export interface AuditReport {
  ok: boolean
  /** the chain's current length: its last sequence */
  chainLength: number
  checkpointCount: number
  /** the highest sequence a valid checkpoint signed, 0 when none */
  anchoredSequence: number
  /** records after it: a forged append among them shows only against a later checkpoint */
  unanchoredCount: number
  findings: AuditFinding[]
  /** what is worth knowing but is not tampering */
  notes: string[]
}

export interface AuditVerifyOptions {
  checkpointFile: string
  /** null when neither the key file nor a given public key is at hand */
  publicKey: KeyObject | null
  /** called after each batch of the chain's walk with the records checked so far */
  onProgress?: (checkedCount: number) => void
}

const checkpointLineSchema = Type.Object(
  {
    sequence: Type.Integer({ minimum: 1 }),
    headHash: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    signedAt: Type.String({ minLength: 1, maxLength: 40 }),
    keyId: Type.String({ minLength: 1, maxLength: 64 }),
    signature: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
)

function parseLine(line: string): AuditCheckpoint | null {
  try {
    const value: unknown = JSON.parse(line)
    return Value.Check(checkpointLineSchema, value) ? value : null
  } catch {
    return null
  }
}

/** The file's checkpoints, or null when there is no file; a line that is not a checkpoint is a finding. */
function readCheckpointFile(file: string, findings: AuditFinding[]): AuditCheckpoint[] | null {
  if (!fs.existsSync(file)) return null
  const checkpoints: AuditCheckpoint[] = []
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  lines.forEach((line, index) => {
    if (line === '') return
    const checkpoint = parseLine(line)
    if (checkpoint === null) {
      findings.push({
        code: 'AUDIT_CHECKPOINT_FILE_MALFORMED',
        sequence: null,
        message: `line ${index + 1} of ${file} is not a checkpoint`,
      })
    } else checkpoints.push(checkpoint)
  })
  return checkpoints
}

const chainProblemCodes: Record<AuditProblem['kind'], AuditFindingCode> = {
  missing: 'AUDIT_RECORD_MISSING',
  altered: 'AUDIT_RECORD_ALTERED',
  broken_link: 'AUDIT_LINK_BROKEN',
}

const identityOf = (checkpoint: AuditCheckpoint) => `${checkpoint.sequence}@${checkpoint.signedAt}`
const sameCheckpoint = (one: AuditCheckpoint, other: AuditCheckpoint) =>
  one.headHash === other.headHash && one.keyId === other.keyId && one.signature === other.signature

/**
 * The checkpoints to hold the chain against: the file's, then the table's that the file lacks or holds otherwise
 * (each a finding: the file is written first and is the authority). A checkpoint in the file only is a note: a crash
 * between the file and the table's commit leaves one.
 */
function gatherCheckpoints(
  fileCheckpoints: readonly AuditCheckpoint[],
  tableCheckpoints: readonly AuditCheckpoint[],
  findings: AuditFinding[],
  notes: string[],
): AuditCheckpoint[] {
  const inFile = new Map(fileCheckpoints.map((checkpoint) => [identityOf(checkpoint), checkpoint]))
  const inTable = new Set(tableCheckpoints.map(identityOf))
  const gathered = [...fileCheckpoints]
  for (const checkpoint of tableCheckpoints) {
    const fileCheckpoint = inFile.get(identityOf(checkpoint))
    if (fileCheckpoint !== undefined && sameCheckpoint(fileCheckpoint, checkpoint)) continue
    gathered.push(checkpoint)
    findings.push(
      fileCheckpoint === undefined
        ? {
            code: 'AUDIT_CHECKPOINT_NOT_IN_FILE',
            sequence: checkpoint.sequence,
            message: `the table's checkpoint of record ${checkpoint.sequence} signed at ${checkpoint.signedAt} is not in the checkpoint file`,
          }
        : {
            code: 'AUDIT_CHECKPOINT_DIFFERS_FROM_FILE',
            sequence: checkpoint.sequence,
            message: `the table's checkpoint of record ${checkpoint.sequence} signed at ${checkpoint.signedAt} differs from the file's`,
          },
    )
  }
  const fileOnlyCount = fileCheckpoints.filter((checkpoint) => !inTable.has(identityOf(checkpoint))).length
  if (fileOnlyCount > 0)
    notes.push(
      `${fileOnlyCount} checkpoint(s) of the file are not in the table (a crash between the two leaves one)`,
    )
  return gathered
}

/** Each checkpoint's signature, then the record it signed: present, with the signed hash. */
async function checkAgainstCheckpoints(
  db: Database,
  checkpoints: readonly AuditCheckpoint[],
  publicKey: KeyObject,
  chainLength: number,
  findings: AuditFinding[],
): Promise<number> {
  const signed = checkpoints.filter((checkpoint) => {
    if (isCheckpointSignedBy(publicKey, checkpoint)) return true
    findings.push({
      code: 'AUDIT_CHECKPOINT_SIGNATURE_INVALID',
      sequence: checkpoint.sequence,
      message: `the checkpoint of record ${checkpoint.sequence} signed at ${checkpoint.signedAt} is not signed by key ${keyIdOf(publicKey)}`,
    })
    return false
  })
  const hashes = await readRecordHashes(db, [...new Set(signed.map((checkpoint) => checkpoint.sequence))])
  let anchoredSequence = 0
  for (const checkpoint of signed) {
    anchoredSequence = Math.max(anchoredSequence, checkpoint.sequence)
    const hash = hashes.get(checkpoint.sequence)
    if (hash === checkpoint.headHash || checkpoint.sequence > chainLength) continue
    findings.push({
      code: 'AUDIT_HISTORY_REWRITTEN',
      sequence: checkpoint.sequence,
      message:
        hash === undefined
          ? `record ${checkpoint.sequence}, signed at ${checkpoint.signedAt}, is missing`
          : `record ${checkpoint.sequence} does not have the hash signed at ${checkpoint.signedAt}`,
    })
  }
  if (anchoredSequence > chainLength) {
    findings.push({
      code: 'AUDIT_TAIL_TRUNCATED',
      sequence: anchoredSequence,
      message: `the chain ends at record ${chainLength}, but a checkpoint signed it up to record ${anchoredSequence}`,
    })
  }
  return anchoredSequence
}

/** The whole verification: the chain's links, then every checkpoint of the file and of the table. */
export async function verifyAuditTrail(db: Database, options: AuditVerifyOptions): Promise<AuditReport> {
  const findings: AuditFinding[] = []
  const notes: string[] = []
  const chain = await verifyAuditChain(db, options.onProgress)
  if (chain.firstProblem !== null) {
    const { kind, sequence, message } = chain.firstProblem
    findings.push({ code: chainProblemCodes[kind], sequence, message })
  }
  const chainLength = (await readChainHead(db))?.sequence ?? 0
  const fileCheckpoints = readCheckpointFile(options.checkpointFile, findings)
  const tableCheckpoints = await readCheckpoints(db)
  if (fileCheckpoints === null && tableCheckpoints.length > 0) {
    findings.push({
      code: 'AUDIT_CHECKPOINT_FILE_MISSING',
      sequence: null,
      message: `the table holds ${tableCheckpoints.length} checkpoint(s) but there is no checkpoint file at ${options.checkpointFile}`,
    })
  }
  const checkpoints = gatherCheckpoints(fileCheckpoints ?? [], tableCheckpoints, findings, notes)
  let anchoredSequence = 0
  if (checkpoints.length > 0 && options.publicKey === null) {
    findings.push({
      code: 'AUDIT_KEY_UNAVAILABLE',
      sequence: null,
      message:
        'no key to check the checkpoints with: give the public key (--public-key) or run beside the key file',
    })
  } else if (options.publicKey !== null) {
    anchoredSequence = await checkAgainstCheckpoints(
      db,
      checkpoints,
      options.publicKey,
      chainLength,
      findings,
    )
  }
  const unanchoredCount = Math.max(0, chainLength - anchoredSequence)
  if (unanchoredCount > 0)
    notes.push(
      `${unanchoredCount} record(s) after record ${anchoredSequence} are not yet anchored by a checkpoint`,
    )
  return {
    ok: findings.length === 0,
    chainLength,
    checkpointCount: checkpoints.length,
    anchoredSequence,
    unanchoredCount,
    findings,
    notes,
  }
}
