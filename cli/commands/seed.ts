import type { Command } from 'commander'
import { ensureRegistryReferenceData } from '../../server/seed/reference'
import { isDatabaseEmpty } from '../../server/seed/emptiness'
import { ensureCalendarData } from '../../server/platform/calendar'
import { fail, loadConfigOrExit, openDatabaseOrExit, seedProgressBar } from '../shared'

export function registerSeed(program: Command) {
  program
    .command('seed')
    .description('generate the synthetic demo corridor deterministically into an empty database')
    .option('--seed <number>', 'seed number: the same number gives the same data', (value) =>
      Number.parseInt(value, 10),
    )
    .option('--size <size>', 'full (reference figures) or small (for tests)')
    .action(async (options: { seed?: number; size?: string }) => {
      const config = loadConfigOrExit()
      const seedNumber = options.seed ?? config.seedNumber
      const size = options.size ?? config.seedSize
      if (!Number.isInteger(seedNumber) || seedNumber < 0) fail('--seed must be a whole number')
      if (size !== 'full' && size !== 'small') fail('--size must be full or small')
      if (config.mode !== 'demo') fail('demo data is seeded only in demo mode (G60_MODE=demo)')
      const database = await openDatabaseOrExit(config)
      const progress = seedProgressBar()
      try {
        await database.migrate()
        await ensureRegistryReferenceData(database.db)
        await ensureCalendarData(database.db)
        if (!(await isDatabaseEmpty(database.db))) {
          fail(
            'the database already holds firms or users; seed a fresh database (another G60_DATA_DIR or DATABASE_URL)',
          )
        }
        const startedAtMs = performance.now()
        // Loaded here, not at the top: every command of g60 (serve too) would otherwise load the generators.
        const { seedDemoData } = await import('../../server/seed/seed')
        await seedDemoData(database.db, {
          seedNumber,
          size,
          licences: { publicOrigin: config.publicOrigin, keySecret: config.keySecret },
          onProgress: (stage, done, total) => progress.update(stage, done, total),
        })
        progress.stop()
        const seconds = ((performance.now() - startedAtMs) / 1000).toFixed(1)
        process.stdout.write(`seeded ${size} demo data from seed ${seedNumber} in ${seconds} s\n`)
      } finally {
        progress.stop()
        await database.close()
      }
    })
}
