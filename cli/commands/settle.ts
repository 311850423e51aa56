// g60 settle: an issuing city's settlement run for a period, acting as a named officer (or the corridor office),
// with the payment batch written as CSV or Excel.
import fs from 'node:fs'
import type { Command } from 'commander'
import { cityReferences } from '../../server/modules/registry'
import { parseDay } from '../../server/platform/calendar'
import { asOperator, fail } from '../shared'

const yuan = (fen: number) => (fen / 100).toFixed(2)

export function registerSettle(program: Command) {
  program
    .command('settle')
    .description(
      "settle a city's approved redemptions for a period (both days included) as one payment batch",
    )
    .requiredOption('--city <code>', 'the issuing city, e.g. HF')
    .requiredOption('--from <day>', 'first day of the period, YYYY-MM-DD')
    .requiredOption('--to <day>', 'last day of the period, YYYY-MM-DD (today at the latest)')
    .requiredOption('--as <username>', 'the officer (or corridor office user) the run is recorded under')
    .option('--out <file>', 'write the payment batch there (.csv or .xlsx)')
    .action(async (options: { city: string; from: string; to: string; as: string; out?: string }) => {
      if (!cityReferences.some((city) => city.code === options.city)) {
        fail(`--city must be one of ${cityReferences.map((city) => city.code).join(', ')}`)
      }
      await asOperator(options.as, async (context, principal) => {
        parseDay(options.from)
        parseDay(options.to)
        const run = await context.modules.vouchers.settlements.createRun(principal, {
          cityCode: options.city,
          periodStart: options.from,
          periodEnd: options.to,
        })
        process.stdout.write(
          `settlement run ${run.id}: ${run.redemptionCount} redemptions, ${run.paymentCount} payees, ¥${yuan(run.totalFen)}\n`,
        )
        if (options.out === undefined) return
        const format = options.out.endsWith('.xlsx') ? 'xlsx' : 'csv'
        const file = await context.modules.vouchers.settlements.exportRun(principal, run.id, format)
        fs.writeFileSync(options.out, file.body)
        process.stdout.write(`payment batch written to ${options.out}\n`)
      })
    })
}
