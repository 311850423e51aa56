// The issuers' private keys never leave the keyring: not in any answer of the API (documents, keys page, wallet,
// verification, exports), not in a log line at debug level, not in the audit trail or the inbox. The test opens
// every sealed key with the configured secret and searches for it in each encoding a leak could take.
import { sql } from 'drizzle-orm'
import { base58, base64urlnopad } from '@scure/base'
import { describe, expect, it } from 'vitest'
import { demoKeySecret } from '../../config'
import { queryRows } from '../../db/client'
import { useTestApp } from '../../testing/app'
import { expectStatus, field, send, type Json } from '../../testing/requests'
import { createKeyVault } from './crypto/key-vault'
import { ed25519PrivateKeyObject } from './crypto/multikey'

const logLines: string[] = []
const testApp = useTestApp({
  environment: { LOG_LEVEL: 'debug' },
  logStream: { write: (line) => void logLines.push(line) },
})

/** Every text a private key could leak as: hex (both cases), base64, base64url, base58, PKCS#8, the sealed text. */
async function secretsToLookFor(): Promise<string[]> {
  const vault = createKeyVault(demoKeySecret)
  const rows = await queryRows<{ id: string; suite: string; sealed_private_key: string }>(
    testApp.database.db,
    sql`SELECT id, suite, sealed_private_key FROM licence_keys`,
  )
  expect(rows.length).toBeGreaterThanOrEqual(10)
  return rows.flatMap((row) => {
    const secret = vault.open(row.id, row.sealed_private_key)
    const bytes = Buffer.from(secret)
    const forms = [
      bytes.toString('hex'),
      bytes.toString('hex').toUpperCase(),
      bytes.toString('base64'),
      base64urlnopad.encode(secret),
      base58.encode(secret),
      row.sealed_private_key,
    ]
    if (row.suite === 'ed25519') {
      const pkcs8 = ed25519PrivateKeyObject(secret).export({ format: 'der', type: 'pkcs8' })
      forms.push(pkcs8.toString('base64'), base58.encode(Uint8Array.of(0x80, 0x26, ...secret)))
    }
    return forms
  })
}

describe('no private key in any answer, log line, export or record', () => {
  it('searches the answers of every licence route, the logs, the audit trail and the inbox', async () => {
    const office = await testApp.signIn('office')
    const officer = await testApp.signIn('officer.sh')
    const firm = await testApp.signIn('firm.sh')
    // a rotation and a revocation first: the moves that touch keys and lists
    await testApp.context.modules.licences.keys.rotate('JX', 'ed25519', 'system')
    const wallet = expectStatus(await send(testApp, 'GET', '/api/licences?limit=100', firm), 200)
    const own = (wallet.items as Json[]).find(
      (item) => item.issuerCode === 'SH-SJ' && item.status === 'active',
    )
    expect(own).toBeDefined()
    const id = field(own ?? {}, 'id')
    expectStatus(
      await send(testApp, 'POST', `/api/licences/${id}/revoke`, officer, { reason: '测试撤销' }),
      200,
    )

    const answers: string[] = []
    const read = async (url: string, cookie?: string) => {
      const response = await send(testApp, 'GET', url, cookie)
      expect(response.statusCode, url).toBeLessThan(500)
      answers.push(response.body)
    }
    await read('/.well-known/did.json')
    for (const segment of ['sh-sj', 'sz', 'hz', 'jx', 'huz', 'jh', 'hf', 'wh', 'xc']) {
      await read(`/issuers/${segment}/did.json`)
      await read(`/issuers/${segment}/status/revocation`)
      await read(`/issuers/${segment}/status/suspension`)
    }
    await read('/api/licence-keys', office)
    await read('/api/licences?limit=100', office)
    await read(`/api/licences/${id}`, firm)
    await read(`/api/licences/${id}/credential`)
    await read('/api/me/inbox?limit=100', firm)
    await read('/api/clearing/export?format=csv', office)
    await read('/api/openapi.json')
    const credential = JSON.parse(answers[answers.length - 4] ?? '{}') as unknown
    answers.push((await send(testApp, 'POST', '/api/verify', undefined, { credential } as Json)).body)

    const records = await queryRows<{ text: string }>(
      testApp.database.db,
      sql`SELECT coalesce(details::text, '') AS text FROM audit_log
          UNION ALL SELECT title_en || body_en || body_zh FROM notifications`,
    )
    const haystacks = [...answers, ...logLines, ...records.map((record) => record.text)]
    expect(logLines.length).toBeGreaterThan(10)
    const secrets = await secretsToLookFor()
    for (const secret of secrets) {
      for (const haystack of haystacks)
        expect(haystack.includes(secret), `a private key in: ${haystack.slice(0, 120)}`).toBe(false)
    }
  })
})
