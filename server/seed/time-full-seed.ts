// Measures seeding the full demo set, by hand (not a test: speed is measured, never asserted).
//   npx tsx server/seed/time-full-seed.ts                 in-memory PGlite
//   npx tsx server/seed/time-full-seed.ts ./some/folder   PGlite in a fresh data folder (as `npm start` runs)
//   npx tsx server/seed/time-full-seed.ts postgres://…    an empty PostgreSQL database
import { openPglite, openPostgres, type DatabaseHandle } from '../db/client'
import { generateDemoData } from './generate'
import { ensureRegistryReferenceData } from './reference'
import { isDatabaseEmpty } from './emptiness'
import { insertDemoData } from './seed'

const target = process.argv[2]
const seedNumber = 60

async function open(): Promise<DatabaseHandle> {
  if (target === undefined) return openPglite({})
  return target.startsWith('postgres') ? openPostgres(target) : openPglite({ dataDirectory: target })
}

const database = await open()
try {
  await database.migrate()
  await ensureRegistryReferenceData(database.db)
  if (!(await isDatabaseEmpty(database.db))) throw new Error('the database is not empty')
  const generatingStartedAtMs = performance.now()
  const data = generateDemoData({ seedNumber, size: 'full', activityEndsAt: new Date() })
  const generatedAtMs = performance.now()
  const stageStartedAtMs = new Map<string, number>()
  const summary = await insertDemoData(database.db, data, (stage) => {
    if (!stageStartedAtMs.has(stage)) stageStartedAtMs.set(stage, performance.now())
  })
  const finishedAtMs = performance.now()
  const stages = [...stageStartedAtMs.entries()]
  const lines = stages.map(([stage, startedAtMs], position) => {
    const endedAtMs = stages[position + 1]?.[1] ?? finishedAtMs
    return `  ${stage.padEnd(20)} ${((endedAtMs - startedAtMs) / 1000).toFixed(1)} s`
  })
  const where = database.kind === 'pglite' ? (target ?? 'memory') : 'a server'
  process.stdout.write(
    [
      `full seed ${seedNumber} on ${database.kind} (${where})`,
      `  generate             ${((generatedAtMs - generatingStartedAtMs) / 1000).toFixed(1)} s`,
      ...lines,
      `  total                ${((finishedAtMs - generatingStartedAtMs) / 1000).toFixed(1)} s`,
      `  rows                 ${JSON.stringify(summary)}`,
      '',
    ].join('\n'),
  )
} finally {
  await database.close()
}
