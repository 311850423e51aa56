import type { Command } from 'commander'
import { verifyAuditChain } from '../../server/platform/audit'
import { loadConfigOrExit, openDatabaseOrExit } from '../shared'

export function registerAuditVerify(program: Command) {
  const audit = program.commands.find((command) => command.name() === 'audit') ?? program.command('audit')
  audit.description('the hash-chained audit log')
  audit
    .command('verify')
    .description('check every audit record and name the first missing, altered or unlinked one')
    .action(async () => {
      const config = loadConfigOrExit()
      const database = await openDatabaseOrExit(config)
      try {
        const result = await verifyAuditChain(database.db, (checkedCount) => {
          if (process.stderr.isTTY) process.stderr.write(`\r  checked ${checkedCount} records`)
        })
        if (process.stderr.isTTY) process.stderr.write('\n')
        if (result.ok) {
          process.stdout.write(
            `audit chain intact: ${result.checkedCount} records, last ${result.lastSequence}\n`,
          )
        } else {
          process.stdout.write(
            `audit chain BROKEN at record ${result.firstProblem?.sequence}: ${result.firstProblem?.message}\n`,
          )
          process.exitCode = 2
        }
      } finally {
        await database.close()
      }
    })
}
