import type { Command } from 'commander'
import { migrationLevel } from '../../server/db/client'
import { loadConfigOrExit, openDatabaseOrExit } from '../shared'

export function registerMigrate(program: Command) {
  program
    .command('migrate')
    .description('apply the committed migrations to the configured database')
    .action(async () => {
      const config = loadConfigOrExit()
      const database = await openDatabaseOrExit(config)
      try {
        await database.migrate()
        process.stdout.write(`migrated ${database.kind}: level ${await migrationLevel(database.db)}\n`)
      } finally {
        await database.close()
      }
    })
}
