import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openPglite } from './client'
import { acquireDataDirectoryLock, DataDirectoryLockedError } from './lock'

const folders: string[] = []
const freshFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-lock-'))
  folders.push(folder)
  return folder
}
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })))

describe('the PGlite data folder lock', () => {
  it('refuses a second process on the same folder with a clear message', async () => {
    const dataDirectory = freshFolder()
    const handle = await openPglite({ dataDirectory: path.join(dataDirectory, 'pglite') })
    try {
      const second = spawnSync(process.execPath, ['--import', 'tsx', 'cli/g60.ts', 'migrate'], {
        env: { PATH: process.env.PATH, G60_DATA_DIR: dataDirectory, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(second.status).toBe(1)
      expect(second.stderr).toContain('is in use by process')
    } finally {
      await handle.close()
    }
    expect(fs.existsSync(path.join(dataDirectory, 'pglite', 'g60.lock'))).toBe(false)
  })

  it('takes over a lock left by a process that has died', () => {
    const folder = freshFolder()
    fs.writeFileSync(path.join(folder, 'g60.lock'), '999999999')
    const lock = acquireDataDirectoryLock(folder)
    expect(fs.readFileSync(lock.path, 'utf8')).toBe(String(process.pid))
    expect(() => acquireDataDirectoryLock(folder)).toThrow(DataDirectoryLockedError)
    lock.release()
  })
})
