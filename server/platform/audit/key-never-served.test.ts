// The audit signing key is never served: only the composition root and the audit module name it, and no GET of the
// API document or the console's files (anonymous, or as the corridor office) answers a byte of it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-audit-key-'))
const keyFile = path.join(folder, 'audit-signing-key.pem')
const testApp = useTestApp({
  environment: {
    G60_AUDIT_KEY_FILE: keyFile,
    G60_AUDIT_CHECKPOINT_FILE: path.join(folder, 'audit-checkpoints.jsonl'),
  },
})
const serverFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : []
  })
}

describe('the audit signing key', () => {
  it('is named only by the configuration, the composition root and the audit module', () => {
    const naming = sourceFiles(serverFolder)
      .filter((file) => /keyFile|SigningKey|createAuditCheckpointer/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(serverFolder, file))
      .sort()
    expect(naming).toEqual([
      'config.ts',
      'context.ts',
      'platform/audit/checkpoints.service.ts',
      'platform/audit/index.ts',
    ])
  })

  it('is answered by no route, anonymous or as the corridor office', async () => {
    await testApp.context.auditCheckpoints.start({ info: () => undefined, error: () => undefined })
    const pem = fs.readFileSync(keyFile, 'utf8')
    const keyBody = pem.split('\n')[1] ?? ''
    expect(keyBody.length).toBeGreaterThan(40)
    const document = testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })
    const paths = Object.entries(
      (await document).json<{ paths: Record<string, Record<string, unknown>> }>().paths,
    )
      .filter(([address, operations]) => !address.includes('{') && operations.get !== undefined)
      .map(([address]) => address)
    expect(paths.length).toBeGreaterThan(20)
    const guesses = [
      '/audit-signing-key.pem',
      '/data/audit-signing-key.pem',
      `/..%2F..%2F${encodeURIComponent(keyFile)}`,
      `/assets/..%2F..%2F..%2F${encodeURIComponent(keyFile)}`,
      '/api/audit/key',
      '/metrics',
    ]
    const office = await testApp.signIn('office')
    for (const cookie of [undefined, office]) {
      for (const url of [...paths, ...guesses]) {
        const response = await testApp.app.inject({
          method: 'GET',
          url,
          ...(cookie !== undefined ? { headers: { cookie } } : {}),
        })
        expect(response.body.includes(keyBody) || response.body.includes('PRIVATE KEY'), url).toBe(false)
      }
    }
  })
})
