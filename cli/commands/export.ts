// g60 export: the clearing report for a period, or a settlement run's payment batch, written to a file.
import fs from 'node:fs'
import type { Command } from 'commander'
import { asOperator } from '../shared'

export function registerExport(program: Command) {
  const exports = program.command('export').description('reports and payment batches as files')
  exports
    .command('clearing')
    .description('approved redemptions by issuing city × provider city and net positions, as CSV')
    .requiredOption('--from <day>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <day>', 'last day, YYYY-MM-DD')
    .requiredOption('--as <username>', 'a corridor office or city officer user')
    .requiredOption('--out <file>', 'the CSV file to write')
    .action(async (options: { from: string; to: string; as: string; out: string }) => {
      await asOperator(options.as, async (context, principal) => {
        const file = await context.modules.vouchers.clearing.exportReport(principal, {
          periodStart: options.from,
          periodEnd: options.to,
        })
        fs.writeFileSync(options.out, file.body)
        process.stdout.write(`clearing report written to ${options.out}\n`)
      })
    })
  exports
    .command('settlement <id>')
    .description("a settlement run's payment batch (.csv, or .xlsx with the redemptions it pays)")
    .requiredOption('--as <username>', "a corridor office user or an officer of the run's city")
    .requiredOption('--out <file>', 'the .csv or .xlsx file to write')
    .action(async (id: string, options: { as: string; out: string }) => {
      await asOperator(options.as, async (context, principal) => {
        const format = options.out.endsWith('.xlsx') ? 'xlsx' : 'csv'
        const file = await context.modules.vouchers.settlements.exportRun(principal, id, format)
        fs.writeFileSync(options.out, file.body)
        process.stdout.write(`payment batch written to ${options.out}\n`)
      })
    })
}
