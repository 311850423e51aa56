#!/usr/bin/env -S node --import tsx
// g60: the platform's command line. Each command lives in cli/commands/<verb-noun>.ts.
import { Command } from 'commander'
import { registerAuditVerify } from './commands/audit-verify'
import { registerBackup } from './commands/backup'
import { registerCalendarImport } from './commands/calendar-import'
import { registerExport } from './commands/export'
import { registerKeys } from './commands/keys'
import { registerLedgerVerify } from './commands/ledger-verify'
import { registerMigrate } from './commands/migrate'
import { registerSeed } from './commands/seed'
import { registerServe } from './commands/serve'
import { registerSettle } from './commands/settle'
import { registerUsersCreate } from './commands/users-create'
import { registerVerify } from './commands/verify'

const program = new Command()
  .name('g60')
  .description('G60 Corridor Platform: serve the platform and look after its database')
  .showHelpAfterError()

registerServe(program)
registerMigrate(program)
registerBackup(program)
registerSeed(program)
registerUsersCreate(program)
registerAuditVerify(program)
registerLedgerVerify(program)
registerSettle(program)
registerExport(program)
registerCalendarImport(program)
registerKeys(program)
registerVerify(program)

await program.parseAsync(process.argv)
