// PGlite must be opened by one process only: a lock file in the data folder refuses a second one.
import fs from 'node:fs'
import path from 'node:path'

export interface DataDirectoryLock {
  path: string
  release(): void
}

export class DataDirectoryLockedError extends Error {
  override name = 'DataDirectoryLockedError'
}

function processIsAlive(processId: number): boolean {
  try {
    process.kill(processId, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readOwner(lockPath: string): number | undefined {
  try {
    const processId = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10)
    return Number.isInteger(processId) && processId > 0 ? processId : undefined
  } catch {
    return undefined
  }
}

export function acquireDataDirectoryLock(directory: string): DataDirectoryLock {
  const lockPath = path.join(directory, 'g60.lock')
  // Two attempts at most: the second follows removing a lock left by a process that has died.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' })
      let released = false
      return {
        path: lockPath,
        release() {
          if (released) return
          released = true
          if (readOwner(lockPath) === process.pid) fs.rmSync(lockPath, { force: true })
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = readOwner(lockPath)
      if (owner !== undefined && owner !== process.pid && processIsAlive(owner)) {
        throw new DataDirectoryLockedError(
          `The data folder ${directory} is in use by process ${owner}. PGlite can be opened by one process only: ` +
            'stop that process, or start this one with another G60_DATA_DIR or a DATABASE_URL.',
        )
      }
      if (owner === process.pid) {
        throw new DataDirectoryLockedError(`The data folder ${directory} is already open in this process.`)
      }
      fs.rmSync(lockPath, { force: true })
    }
  }
  throw new DataDirectoryLockedError(`Could not take the lock on ${lockPath}`)
}
