// `g60 audit verify` on a PGlite data folder, with the key and the checkpoint file where config.ts places them: an
// intact chain passes; a dropped tail is named with its code and the command exits with code 2; a public key given on
// the command line that did not sign the checkpoints refuses them.
import { generateKeyPairSync } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../server/config'
import { loadOrCreateSigningKey, recordAudit, writeCheckpoint } from '../../server/platform/audit'
import { registerAuditVerify } from './audit-verify'
import { runOnFolder, withFolderDatabase } from './commands.test-support'

let dataDirectory: string

const withDatabase = (work: Parameters<typeof withFolderDatabase>[1]) =>
  withFolderDatabase(dataDirectory, work)
const runAuditVerify = (...options: string[]) =>
  runOnFolder(dataDirectory, registerAuditVerify, ['audit', 'verify', ...options])

/** A migrated data folder with five audit records, checkpointed at the head with the folder's own key. */
beforeAll(async () => {
  dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-audit-verify-'))
  const { audit } = loadConfig({ G60_DATA_DIR: dataDirectory })
  await withDatabase(async (db, migrate) => {
    await migrate()
    for (let index = 1; index <= 5; index++) {
      await db.transaction((transaction) =>
        recordAudit(transaction, {
          actorUserId: null,
          action: 'test.write',
          entityType: 'test',
          entityId: `t${index}`,
        }),
      )
    }
    const outcome = await writeCheckpoint(db, loadOrCreateSigningKey(audit.keyFile), audit.checkpointFile)
    expect(outcome.kind).toBe('signed')
  })
  expect(path.dirname(audit.keyFile)).toBe(dataDirectory)
})
afterAll(() => fs.rmSync(dataDirectory, { recursive: true, force: true }))

describe('g60 audit verify', () => {
  it('passes an intact chain with its checkpoint and exits normally', async () => {
    const { output, exitCode } = await runAuditVerify()
    expect(output).toContain(
      'audit chain intact: 5 records, 1 checkpoints, anchored up to record 5, 0 not yet anchored',
    )
    expect(exitCode ?? 0).toBe(0)
  })

  it('refuses the checkpoints under a public key that did not sign them', async () => {
    const publicKeyFile = path.join(dataDirectory, 'other.pub.pem')
    fs.writeFileSync(
      publicKeyFile,
      generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }),
    )
    const { output, exitCode } = await runAuditVerify('--public-key', publicKeyFile)
    expect(output).toContain('AUDIT_CHECKPOINT_SIGNATURE_INVALID (record 5)')
    expect(exitCode).toBe(2)
  })

  it('names a dropped tail with its code and exits with code 2', async () => {
    await withDatabase(async (db) => {
      await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`)
      await db.execute(sql`DELETE FROM audit_log WHERE sequence > 3`)
      await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`)
    })
    const { output, exitCode } = await runAuditVerify()
    expect(output).toContain(
      'AUDIT_TAIL_TRUNCATED (record 5): the chain ends at record 3, but a checkpoint signed it up to record 5',
    )
    expect(output).toContain('audit chain TAMPERED: 1 finding(s)')
    expect(exitCode).toBe(2)
  })
})
