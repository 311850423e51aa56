// What the tests of the data-folder commands share: the PGlite database of a data folder, opened where config.ts
// places it, and one command run as `g60 …` on that folder, with what it printed and the exit code it set.
import type { Command } from 'commander'
import { Command as Program } from 'commander'
import { vi } from 'vitest'
import { loadConfig } from '../../server/config'
import { openPglite, type Database } from '../../server/db/client'

/** The folder's database, open for the work (migrate: bring it to the latest migration), closed after. */
export async function withFolderDatabase(
  dataDirectory: string,
  work: (db: Database, migrate: () => Promise<void>) => Promise<unknown>,
) {
  const database = loadConfig({ G60_DATA_DIR: dataDirectory }).database
  if (database.kind !== 'pglite') throw new Error('expected a PGlite configuration')
  const handle = await openPglite({ dataDirectory: database.dataDirectory })
  try {
    await work(handle.db, () => handle.migrate())
  } finally {
    await handle.close()
  }
}

/** Runs `g60 <args>` with the commands `register` adds, on the data folder (never a DATABASE_URL). */
export async function runOnFolder(
  dataDirectory: string,
  register: (program: Command) => void,
  args: readonly string[],
): Promise<{ output: string; exitCode: number | string | undefined }> {
  const output: string[] = []
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk))
    return true
  })
  const saved = { dataDirectory: process.env.G60_DATA_DIR, databaseUrl: process.env.DATABASE_URL }
  process.env.G60_DATA_DIR = dataDirectory
  delete process.env.DATABASE_URL
  const program = new Program().exitOverride()
  register(program)
  try {
    await program.parseAsync(['node', 'g60', ...args])
  } finally {
    write.mockRestore()
    if (saved.dataDirectory === undefined) delete process.env.G60_DATA_DIR
    else process.env.G60_DATA_DIR = saved.dataDirectory
    if (saved.databaseUrl !== undefined) process.env.DATABASE_URL = saved.databaseUrl
  }
  const exitCode = process.exitCode
  // The test process itself must not end with the command's code.
  process.exitCode = undefined
  return { output: output.join(''), exitCode }
}
