// Part of `npm run db:check`: every SQL function lives in its one home file (server/db/repeatables.ts).
// - No versioned migration after the SQL homes arrived (0021) creates or replaces a function: that is done by
//   editing the function's file.
// - On a fresh database built by the migrations, and on DATABASE_URL's database when it is set, every function is
//   what its file defines, every function has a file and every file's function exists.
import fs from 'node:fs'
import path from 'node:path'
import { loadConfig } from '../server/config'
import { openPglite, openPostgres, migrationsFolder, type DatabaseHandle } from '../server/db/client'
import { findFunctionDrift, readRepeatableFiles } from '../server/db/repeatables'

/** the first versioned migration written after functions moved to their home files */
const homesSince = 21
const functionDefinition = /CREATE\s+(OR\s+REPLACE\s+)?FUNCTION/i

function migrationsDefiningFunctions(): string[] {
  return fs
    .readdirSync(migrationsFolder)
    .filter((file) => /^\d{4}_.*\.sql$/.test(file) && Number(file.slice(0, 4)) >= homesSince)
    .filter((file) => functionDefinition.test(fs.readFileSync(path.join(migrationsFolder, file), 'utf8')))
}

async function driftOf(
  label: string,
  open: () => Promise<DatabaseHandle>,
  migrate: boolean,
): Promise<number> {
  const handle = await open()
  try {
    if (migrate) await handle.migrate()
    const drift = await findFunctionDrift(handle.db, readRepeatableFiles())
    for (const entry of drift) console.error(`${label}: ${entry.name}: ${entry.problem.replaceAll('_', ' ')}`)
    return drift.length
  } finally {
    await handle.close()
  }
}

const offending = migrationsDefiningFunctions()
for (const file of offending) {
  console.error(
    `${file} defines a function: edit the function's file in server/platform/sql or server/modules/*/sql`,
  )
}
let problems = offending.length
problems += await driftOf('fresh database', () => openPglite({}), true)
const { database } = loadConfig()
if (database.kind === 'postgres') {
  problems += await driftOf('DATABASE_URL', () => openPostgres(database.url, { poolSizeMax: 2 }), false)
}
if (problems > 0) process.exit(1)
console.log(`SQL functions match their ${readRepeatableFiles().length} home files`)
