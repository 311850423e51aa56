import type { Command } from 'commander'
import { verifyLedger } from '../../server/modules/vouchers'
import { loadConfigOrExit, openDatabaseOrExit } from '../shared'

export function registerLedgerVerify(program: Command) {
  const ledger = program.commands.find((command) => command.name() === 'ledger') ?? program.command('ledger')
  ledger.description('the double-entry voucher ledger')
  ledger
    .command('verify')
    .description('check every ledger invariant and name the first violation (exit code 2 when one is found)')
    .action(async () => {
      const config = loadConfigOrExit()
      const database = await openDatabaseOrExit(config)
      try {
        const result = await verifyLedger(database.db)
        for (const check of result.checks) {
          process.stdout.write(`  ${check.ok ? 'ok    ' : 'FAILED'} ${check.check}\n`)
        }
        if (result.ok) {
          process.stdout.write(
            `ledger balanced: ${result.accountCount} accounts, ${result.transferCount} transfers, sum ${result.balanceSumFen} fen\n`,
          )
        } else {
          const violation = result.firstViolation
          process.stdout.write(`ledger BROKEN (${violation?.check}): ${violation?.message}\n`)
          process.exitCode = 2
        }
      } finally {
        await database.close()
      }
    })
}
