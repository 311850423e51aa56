import fs from 'node:fs'
import type { KeyObject } from 'node:crypto'
import type { Command } from 'commander'
import type { Config } from '../../server/config'
import { readPublicKey, verifyAuditTrail, type AuditReport } from '../../server/platform/audit'
import { fail, loadConfigOrExit, openDatabaseOrExit } from '../shared'

/** The key to check signatures with: the one given, else the public half of the configured key file, if any. */
function publicKeyFor(config: Config, publicKeyFile: string | undefined): KeyObject | null {
  const file = publicKeyFile ?? (fs.existsSync(config.audit.keyFile) ? config.audit.keyFile : undefined)
  if (file === undefined) return null
  try {
    return readPublicKey(file)
  } catch (error) {
    fail(`cannot read the audit key ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** The report as lines: each finding with its code, the notes, then a summary line. */
export function describeReport(report: AuditReport): string[] {
  const lines = report.findings.map(
    (finding) =>
      `${finding.code}${finding.sequence !== null ? ` (record ${finding.sequence})` : ''}: ${finding.message}`,
  )
  for (const note of report.notes) lines.push(`note: ${note}`)
  const summary = `${report.chainLength} records, ${report.checkpointCount} checkpoints, anchored up to record ${report.anchoredSequence}, ${report.unanchoredCount} not yet anchored`
  lines.push(
    report.ok
      ? `audit chain intact: ${summary}`
      : `audit chain TAMPERED: ${report.findings.length} finding(s); ${summary}`,
  )
  return lines
}

export function registerAuditVerify(program: Command) {
  const audit = program.commands.find((command) => command.name() === 'audit') ?? program.command('audit')
  audit.description('the hash-chained audit log and its signed checkpoints')
  audit
    .command('verify')
    .description(
      'check every audit record, and the chain against every signed checkpoint of the checkpoint file and the table',
    )
    .option(
      '--public-key <file>',
      'the public key (PEM) to check the checkpoints with; default: the configured key file',
    )
    .action(async (options: { publicKey?: string }) => {
      const config = loadConfigOrExit()
      const publicKey = publicKeyFor(config, options.publicKey)
      const database = await openDatabaseOrExit(config)
      try {
        const report = await verifyAuditTrail(database.db, {
          checkpointFile: config.audit.checkpointFile,
          publicKey,
          onProgress: (checkedCount) => {
            if (process.stderr.isTTY) process.stderr.write(`\r  checked ${checkedCount} records`)
          },
        })
        if (process.stderr.isTTY) process.stderr.write('\n')
        process.stdout.write(`${describeReport(report).join('\n')}\n`)
        if (!report.ok) process.exitCode = 2
      } finally {
        await database.close()
      }
    })
}
