// g60 calendar import FILE: the corridor office loads a year's public holidays and make-up working days from a file
// (the shape of server/platform/calendar/holidays/<year>.json), replacing what the calendar held for that year.
// Clocks over a changed day move in the same transaction, as with PUT /api/calendar/days.
import fs from 'node:fs'
import type { Command } from 'commander'
import type { AppContext } from '../../server/context'
import { readCalendarYear } from '../../server/platform/calendar'
import type { Principal } from '../../server/platform/authorization'
import { asOperator, fail } from '../shared'

/** Reads, checks and applies the file; what was done, in a line. A malformed file changes nothing. */
export async function importCalendarFile(
  context: AppContext,
  principal: Principal,
  file: string,
): Promise<string> {
  const year = readCalendarYear(file, JSON.parse(fs.readFileSync(file, 'utf8')) as unknown)
  const result = await context.modules.calendar.editing.replaceYear(principal, year)
  const holidays = result.days.filter((entry) => entry.kind === 'holiday').length
  const moved =
    result.changedDays.length === 0
      ? 'no working day changed'
      : `${result.changedDays.length} days changed their working status (${result.changedDays.join(', ')}); clocks over them moved`
  return `calendar ${result.year}: ${holidays} holidays, ${result.days.length - holidays} make-up working days; ${moved}\n`
}

export function registerCalendarImport(program: Command) {
  const calendar =
    program.commands.find((command) => command.name() === 'calendar') ?? program.command('calendar')
  calendar.description('the working-day calendar: public holidays and make-up working days')
  calendar
    .command('import')
    .description("replace a year's holidays and make-up working days with those of a JSON file")
    .argument(
      '<file>',
      'a year as JSON: { year, source, provisional?, days: [{ day, kind, nameZh, nameEn }] }',
    )
    .requiredOption('--as <username>', 'the corridor office user the change is recorded under')
    .action(async (file: string, options: { as: string }) => {
      if (!fs.existsSync(file)) fail(`no such file: ${file}`)
      await asOperator(options.as, async (context, principal) => {
        try {
          process.stdout.write(await importCalendarFile(context, principal, file))
        } catch (error) {
          if (
            error instanceof SyntaxError ||
            (error instanceof Error && error.message.startsWith('the data file'))
          )
            fail(`${file} is not a calendar year: ${error.message}`)
          throw error
        }
      })
    })
}
