// `g60 verify FILE` offline: a wallet's download checked from a folder of published documents alone, the verdicts
// the platform gives; with the documents missing and nothing fetched, it cannot vouch for the licence. And `g60 keys`
// changes are the corridor office's alone.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../server/testing/app'
import { expectStatus, field, send, type Json } from '../../server/testing/requests'
import { folderDocuments, verifyFile } from './verify'

const testApp = useTestApp()

/** The documents a verifier caches, written as `g60 verify` keeps them: one file per address. */
async function cacheDocuments(folder: string) {
  const { documents } = testApp.context.modules.licences
  const write = (address: string, document: unknown) =>
    fs.writeFileSync(path.join(folder, `${encodeURIComponent(address)}.json`), JSON.stringify(document))
  for (const [code, segment] of [
    ['SH-SJ', 'sh-sj'],
    ['HZ', 'hz'],
  ] as const) {
    write(`did:web:localhost%3A3000:issuers:${segment}`, await documents.didDocument(code))
    for (const purpose of ['revocation', 'suspension'] as const) {
      write(
        `http://localhost:3000/issuers/${segment}/status/${purpose}`,
        await documents.statusList(code, purpose),
      )
    }
  }
}

describe('g60 verify FILE, offline', () => {
  it('checks a downloaded licence from cached documents only, and says what it cannot vouch for', async () => {
    const firm = await testApp.signIn('firm.sh')
    const wallet = expectStatus(await send(testApp, 'GET', '/api/licences?limit=100', firm), 200)
    const active = (wallet.items as Json[]).filter((item) => item.status === 'active')
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-verify-'))
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-verify-empty-'))
    await cacheDocuments(folder)
    for (const licence of active) {
      const file = path.join(folder, `${field(licence, 'id')}.credential`)
      const credential = expectStatus(
        await send(testApp, 'GET', `/api/licences/${field(licence, 'id')}/credential`),
        200,
      )
      fs.writeFileSync(file, JSON.stringify(credential, null, 2))
      const offline = folderDocuments(folder, { offline: true })
      expect((await verifyFile(file, offline)).verdict).toBe('valid')
      fs.writeFileSync(file, JSON.stringify({ ...credential, validUntil: '2099-12-31T00:00:00Z' }))
      expect((await verifyFile(file, offline)).verdict).toBe('tampered')
      fs.writeFileSync(file, JSON.stringify(credential))
      expect((await verifyFile(file, folderDocuments(empty, { offline: true }))).verdict).toBe(
        'unknown_issuer',
      )
    }
    expect(active.length).toBeGreaterThanOrEqual(2)
  })
})

describe('g60 keys', () => {
  it('rotates and compromises for the corridor office only', async () => {
    const { keys } = testApp.context.modules.licences
    const officer = await testApp.context.identity.principalOfUsername('officer.hf')
    await expect(keys.rotate('HF', 'sm2', officer)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(keys.compromise('hf-sm2-1', { zh: '测试', en: 'test' }, officer)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const office = await testApp.context.identity.principalOfUsername('office')
    await expect(keys.rotate('ZZ', 'ed25519', office)).rejects.toMatchObject({
      code: 'LICENCE_ISSUER_UNKNOWN',
    })
    const rotated = await keys.rotate('HF', 'sm2', office)
    expect(rotated).toEqual({ id: 'hf-sm2-2', retired: 'hf-sm2-1' })
    await expect(keys.compromise('hf-sm2-9', { zh: '测试', en: 'test' }, office)).rejects.toMatchObject({
      code: 'LICENCE_KEY_NOT_FOUND',
    })
  })
})
