// E-licences over the API: issued with the decision, verified from published documents only, every changed byte
// caught, revoked / suspended / reinstated by the issuing city alone, dates and unknown issuers answered, bad input
// refused with its code, and presented in a new application instead of an upload.
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../testing/app'
import { expectRefusal, expectStatus, field, send, type Json } from '../testing/requests'
import { sendMultipart, testFiles } from '../testing/multipart'
import { approvedLicence, verdictOf, verify } from './licences.test-support'
import { verifyCredential } from './licences'

const testApp = useTestApp()

/** Every string leaf of a JSON value, with a setter that puts a changed copy back into a deep clone. */
function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path]
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]))
  }
  return []
}

function withChangedLeaf(document: Json, path: (string | number)[]): Json {
  const copy = structuredClone(document)
  let parent: Record<string | number, unknown> = copy
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>
  const last = path[path.length - 1] ?? ''
  const text = parent[last] as string
  const end = text.slice(-1)
  // a digit stays a digit (a status index stays in range), anything else becomes another character
  const replaced = /\d/.test(end) ? String((Number(end) + 1) % 10) : end === 'x' ? 'y' : 'x'
  parent[last] = text.slice(0, -1) + replaced
  return copy
}

describe('the demo wallets (what the README tells)', () => {
  const walletOf = async (username: string) => {
    const cookie = await testApp.signIn(username)
    const page = expectStatus(await send(testApp, 'GET', '/api/licences?limit=100', cookie), 200)
    const detailed = await Promise.all(
      (page.items as Json[]).map(async (item) =>
        expectStatus(await send(testApp, 'GET', `/api/licences/${field(item, 'id')}`, cookie), 200),
      ),
    )
    return Promise.all(
      detailed.map(async (licence) => ({
        itemCode: licence.itemCode,
        issuerCode: licence.issuerCode,
        status: licence.status,
        dualSigned: licence.dualSigned,
        verdict: await verdictOf(testApp, licence.credential),
        keyState: ((expectStatus(await verify(testApp, licence.credential), 200).proofs as Json[])[0] ?? {})
          .keyState,
      })),
    )
  }

  it('firm.sh holds Hangzhou’s licence under a retired key, Suzhou’s suspended one and Songjiang’s dual-signed one', async () => {
    const wallet = await walletOf('firm.sh')
    expect(wallet).toEqual(
      expect.arrayContaining([
        {
          itemCode: 'G60-HZ-AMR-004',
          issuerCode: 'HZ',
          status: 'active',
          dualSigned: false,
          verdict: 'valid',
          keyState: 'retired',
        },
        {
          itemCode: 'G60-SZ-AMR-005',
          issuerCode: 'SZ',
          status: 'suspended',
          dualSigned: false,
          verdict: 'suspended',
          keyState: 'active',
        },
        {
          itemCode: 'G60-SHSJ-HRSS-001',
          issuerCode: 'SH-SJ',
          status: 'active',
          dualSigned: true,
          verdict: 'valid',
          keyState: 'active',
        },
      ]),
    )
  })

  it('firm.hf holds Wuhu’s revoked licence, Jiaxing’s and Hefei’s dual-signed one', async () => {
    const wallet = await walletOf('firm.hf')
    expect(wallet).toEqual(
      expect.arrayContaining([
        {
          itemCode: 'G60-WH-EM-001',
          issuerCode: 'WH',
          status: 'revoked',
          dualSigned: false,
          verdict: 'revoked',
          keyState: 'active',
        },
        {
          itemCode: 'G60-JX-AMR-005',
          issuerCode: 'JX',
          status: 'active',
          dualSigned: false,
          verdict: 'valid',
          keyState: 'active',
        },
        {
          itemCode: 'G60-HF-AMR-004',
          issuerCode: 'HF',
          status: 'active',
          dualSigned: true,
          verdict: 'valid',
          keyState: 'active',
        },
      ]),
    )
  })

  // before the tests below rotate and compromise Songjiang's key, which signed its demo licences
  it('gives every approved firm case of the demo year its licence, and a few suspended and revoked besides', async () => {
    const office = await testApp.signIn('office')
    const counts: Record<string, number> = {}
    for (const status of ['active', 'suspended', 'revoked']) {
      const page = expectStatus(
        await send(testApp, 'GET', `/api/licences?status=${status}&limit=100`, office),
        200,
      )
      counts[status] = (page.items as Json[]).filter((item) => item.isSynthetic === true).length
    }
    expect(counts.suspended).toBeGreaterThanOrEqual(3)
    expect(counts.revoked).toBeGreaterThanOrEqual(3)
    expect(counts.active).toBeGreaterThan(30)
  })
})

describe('a licence issued when Songjiang approves a case', () => {
  it('is in the firm’s wallet, signed twice (Ed25519 and SM2/SM3), and verifies as valid without a login', async () => {
    const { licence, credential } = await approvedLicence(testApp)
    expect(licence).toMatchObject({
      issuerCode: 'SH-SJ',
      licenceType: 'BusinessLicence',
      status: 'active',
      dualSigned: true,
    })
    expect(field(licence, 'verifyUrl')).toBe(`http://localhost:3000/verify?licence=${field(licence, 'id')}`)
    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'G60Licence', 'BusinessLicence'],
      issuer: { id: 'did:web:localhost%3A3000:issuers:sh-sj' },
      credentialSubject: { unifiedSocialCreditCode: field(licence, 'creditCode') },
    })
    const statuses = credential.credentialStatus as Json[]
    expect(statuses.map((entry) => entry.statusPurpose)).toEqual(['revocation', 'suspension'])
    const publicCopy = expectStatus(
      await send(testApp, 'GET', `/api/licences/${field(licence, 'id')}/credential`),
      200,
    )
    expect(publicCopy).toEqual(credential)

    const answer = expectStatus(await verify(testApp, credential), 200)
    expect(answer).toMatchObject({
      verdict: 'valid',
      issuer: {
        id: 'did:web:localhost%3A3000:issuers:sh-sj',
        nameZh: '上海（松江）',
        nameEn: 'Shanghai (Songjiang)',
      },
      licence: { type: 'BusinessLicence', creditCode: field(licence, 'creditCode') },
    })
    expect(answer.proofs).toEqual([
      expect.objectContaining({ cryptosuite: 'eddsa-jcs-2022', keyState: 'active', signature: 'valid' }),
      expect.objectContaining({ cryptosuite: 'g60-sm2sm3-jcs-2026', keyState: 'active', signature: 'valid' }),
    ])
    // pasted as text, it is the same credential
    expect(await verdictOf(testApp, JSON.stringify(credential, null, 2))).toBe('valid')
  })

  it('fails as tampered (or of an unknown issuer, when the key’s DID changes) for a change to any string in it', async () => {
    const { credential } = await approvedLicence(testApp)
    const leaves = stringLeaves(credential)
    expect(leaves.length).toBeGreaterThan(30)
    const documents = testApp.context.modules.licences.documents.resolver
    for (const path of leaves) {
      const changed = withChangedLeaf(credential, path)
      const { verdict } = await verifyCredential(changed, documents, new Date())
      expect({ path: path.join('.'), verdict }).toEqual({
        path: path.join('.'),
        verdict: path.join('.').endsWith('verificationMethod') && path[1] === 0 ? verdict : 'tampered',
      })
      expect(verdict === 'tampered' || verdict === 'unknown_issuer').toBe(true)
    }
    // a field added or removed is a change too
    expect(await verdictOf(testApp, { ...credential, description: '伪造' })).toBe('tampered')
    const shortened = { ...credential }
    delete shortened.validUntil
    expect(await verdictOf(testApp, shortened)).toBe('tampered')
  })
})

describe('revocation and suspension by the issuing city', () => {
  it('answers suspended, valid again when reinstated, then revoked for good; each refused to anyone else', async () => {
    const { licence, credential, firm, officer } = await approvedLicence(testApp)
    const id = field(licence, 'id')
    const otherCity = await testApp.signIn('officer.hf')
    expectRefusal(
      await send(testApp, 'POST', `/api/licences/${id}/revoke`, firm, { reason: '自行注销' }),
      403,
      'FORBIDDEN',
    )
    expectRefusal(
      await send(testApp, 'POST', `/api/licences/${id}/revoke`, otherCity, { reason: '异地撤销' }),
      403,
      'FORBIDDEN',
    )
    expectRefusal(
      await send(testApp, 'POST', `/api/licences/${id}/revoke`, undefined, { reason: '匿名撤销' }),
      401,
      'AUTH_REQUIRED',
    )
    expectRefusal(
      await send(testApp, 'POST', `/api/licences/${id}/revoke`, officer, {}),
      400,
      'VALIDATION_FAILED',
    )
    expectRefusal(
      await send(testApp, 'POST', `/api/licences/${id}/reinstate`, officer, {}),
      409,
      'LICENCE_TRANSITION_INVALID',
    )

    const suspended = expectStatus(
      await send(testApp, 'POST', `/api/licences/${id}/suspend`, officer, { reason: '经营场所核查中' }),
      200,
    )
    expect(suspended).toMatchObject({ status: 'suspended', statusReason: '经营场所核查中' })
    expect(await verdictOf(testApp, credential)).toBe('suspended')
    expectStatus(await send(testApp, 'POST', `/api/licences/${id}/reinstate`, officer, {}), 200)
    expect(await verdictOf(testApp, credential)).toBe('valid')
    expectStatus(
      await send(testApp, 'POST', `/api/licences/${id}/revoke`, officer, { reason: '以欺骗手段取得许可' }),
      200,
    )
    const revoked = expectStatus(await verify(testApp, credential), 200)
    expect(revoked).toMatchObject({
      verdict: 'revoked',
      reasonEn: 'The issuing authority has revoked this licence.',
    })
    expectRefusal(
      await send(testApp, 'POST', `/api/licences/${id}/reinstate`, officer, {}),
      409,
      'LICENCE_TRANSITION_INVALID',
    )

    // the holder was told each time
    const inbox = expectStatus(await send(testApp, 'GET', '/api/me/inbox?limit=50', firm), 200)
    const topics = (inbox.items as Json[]).filter((item) => item.entityId === id).map((item) => item.topic)
    expect(topics).toEqual(
      expect.arrayContaining(['licence.issued', 'licence.suspend', 'licence.reinstate', 'licence.revoke']),
    )
    // the published list says so: index's bit set in the revocation list
    const status = (credential.credentialStatus as Json[])[0] ?? {}
    const list = expectStatus(
      await send(testApp, 'GET', new URL(field(status, 'statusListCredential')).pathname),
      200,
    )
    expect(list).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'] })
  })
})

describe('dates, issuers and keys', () => {
  it('answers expired after validUntil and not yet valid before validFrom', async () => {
    const { credential } = await approvedLicence(testApp)
    const documents = testApp.context.modules.licences.documents.resolver
    const from = new Date(field(credential, 'validFrom'))
    const until = new Date(field(credential, 'validUntil'))
    expect((await verifyCredential(credential, documents, new Date(until.getTime() + 1000))).verdict).toBe(
      'expired',
    )
    expect((await verifyCredential(credential, documents, new Date(from.getTime() - 1000))).verdict).toBe(
      'not_yet_valid',
    )
  })

  it('still verifies a licence signed with a retired key, and fails it with the reason once the key is compromised', async () => {
    const { credential } = await approvedLicence(testApp)
    const keys = testApp.context.modules.licences.keys
    const rotated = await keys.rotate('SH-SJ', 'ed25519', 'system')
    expect(rotated.retired).toMatch(/^sh-sj-ed25519-\d+$/)
    const afterRotation = expectStatus(await verify(testApp, credential), 200)
    expect(afterRotation.verdict).toBe('valid')
    expect((afterRotation.proofs as Json[])[0]).toMatchObject({ keyState: 'retired', signature: 'valid' })

    const next = await approvedLicence(testApp)
    expect(field(next.licence, 'signedWith')).toContain(`#${rotated.id}`)
    expect(await verdictOf(testApp, next.credential)).toBe('valid')

    await keys.compromise(
      rotated.retired ?? '',
      { zh: '备份介质遗失', en: 'a backup medium was lost' },
      'system',
    )
    const compromised = expectStatus(await verify(testApp, credential), 200)
    expect(compromised).toMatchObject({ verdict: 'key_compromised' })
    expect(field(compromised, 'reasonEn')).toContain('a backup medium was lost')
    expect(await verdictOf(testApp, next.credential)).toBe('valid')
  })

  it('answers unknown issuer for a credential signed by a key no corridor issuer publishes', async () => {
    const { credential } = await approvedLicence(testApp)
    const proofs = credential.proof as Json[]
    const foreign = {
      ...credential,
      issuer: 'did:web:issuer.example',
      proof: proofs.map((proof) => ({ ...proof, verificationMethod: 'did:web:issuer.example#key-1' })),
    }
    expect(await verdictOf(testApp, foreign)).toBe('unknown_issuer')
  })
})

describe('bad input to /api/verify: a code, never a 500, nothing changed', () => {
  it('refuses a 2 MB body, broken JSON, JWTs (alg none named), a proof pointing at a key of another suite and an index out of range', async () => {
    const { credential } = await approvedLicence(testApp)
    const big = await testApp.app.inject({
      method: 'POST',
      url: '/api/verify',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ credential: 'x'.repeat(2 * 1024 * 1024) }),
    })
    expectRefusal(big, 413, 'PAYLOAD_TOO_LARGE')
    const broken = await testApp.app.inject({
      method: 'POST',
      url: '/api/verify',
      headers: { 'content-type': 'application/json' },
      payload: '{"credential": {"@context": [',
    })
    expectRefusal(broken, 400, 'MALFORMED_JSON')
    const header = (alg: string) => Buffer.from(JSON.stringify({ alg, typ: 'vc+jwt' })).toString('base64url')
    const body = Buffer.from(JSON.stringify({ vc: credential })).toString('base64url')
    expectRefusal(await verify(testApp, `${header('none')}.${body}.`), 422, 'CREDENTIAL_ALG_NONE')
    expectRefusal(
      await verify(testApp, `${header('EdDSA')}.${body}.c2ln`),
      422,
      'CREDENTIAL_FORMAT_UNSUPPORTED',
    )
    expectRefusal(await verify(testApp, 'not a credential'), 422, 'CREDENTIAL_MALFORMED')
    expectRefusal(await verify(testApp, '[1, 2]'), 422, 'CREDENTIAL_MALFORMED')
    expectRefusal(await verify(testApp, 42), 400, 'VALIDATION_FAILED')

    const [ed25519, sm2] = credential.proof as Json[]
    const swapped = {
      ...credential,
      proof: [{ ...ed25519, verificationMethod: sm2?.verificationMethod }, sm2],
    }
    expectRefusal(await verify(testApp, swapped), 422, 'CREDENTIAL_PROOF_KEY_MISMATCH')
    const statuses = credential.credentialStatus as Json[]
    const outOfRange = {
      ...credential,
      credentialStatus: statuses.map((entry) => ({ ...entry, statusListIndex: '131072' })),
    }
    expectRefusal(await verify(testApp, outOfRange), 422, 'CREDENTIAL_STATUS_INDEX_INVALID')
    const negative = {
      ...credential,
      credentialStatus: statuses.map((entry) => ({ ...entry, statusListIndex: '-1' })),
    }
    expectRefusal(await verify(testApp, negative), 422, 'CREDENTIAL_STATUS_INDEX_INVALID')
  })

  it('answers unknown issuer documents and lists with 404, and a bad purpose with 400', async () => {
    expectRefusal(await send(testApp, 'GET', '/issuers/zz/did.json'), 404, 'LICENCE_ISSUER_UNKNOWN')
    expectRefusal(await send(testApp, 'GET', '/issuers/g60/did.json'), 404, 'LICENCE_ISSUER_UNKNOWN')
    expectRefusal(await send(testApp, 'GET', '/issuers/hz/status/expiry'), 400, 'VALIDATION_FAILED')
    const office = expectStatus(await send(testApp, 'GET', '/.well-known/did.json'), 200)
    expect(office).toMatchObject({ id: 'did:web:localhost%3A3000' })
    const city = await send(testApp, 'GET', '/issuers/hz/did.json')
    expect(city.headers['cache-control']).toMatch(/^public, max-age=\d+$/)
  })
})

describe('presenting a licence instead of an upload (免提交)', () => {
  it('files a Hefei case with firm.sh’s Hangzhou production licence in place of the copy, and refuses it to another firm', async () => {
    const firm = await testApp.signIn('firm.sh')
    const other = await testApp.signIn('firm.hf')
    const wallet = expectStatus(
      await send(testApp, 'GET', '/api/licences?type=IndustrialProductProductionLicence&status=active', firm),
      200,
    )
    const licenceId = field((wallet.items as Json[])[0] ?? {}, 'id')
    const application = (referenceId: string) => ({
      itemCode: 'G60-HF-AMR-005',
      purpose: '生产许可证延续 · renewal of the production licence',
      materials: [
        { code: 'application_form', source: 'upload', file: 'application_form' },
        { code: 'consent_form', source: 'upload', file: 'consent_form' },
        { code: 'industrial_production_licence', source: 'licence', referenceId },
      ],
    })
    const files = ['application_form', 'consent_form'].map((name) => testFiles.pdf(name))
    const filed = expectStatus(
      await sendMultipart(testApp, '/api/service-cases', firm, application(licenceId), files),
      201,
    )
    expect(
      (filed.materials as Json[]).find((material) => material.code === 'industrial_production_licence'),
    ).toMatchObject({
      source: 'licence',
      fileName: null,
    })
    const refused = await sendMultipart(testApp, '/api/service-cases', other, application(licenceId), files)
    expectRefusal(refused, 422, 'SERVICE_MATERIAL_REFERENCE_INVALID')
    expect((refused.json() as { error: { details: Json } }).error.details).toMatchObject({
      refusal: 'other_holder',
    })
  })

  it('is checked: the holder’s own, of the type, in force; otherwise refused with why', async () => {
    const { licence, firm, officer } = await approvedLicence(testApp)
    const checkPresented = testApp.context.modules.licences.licences.checkPresented
    const db = testApp.database.db
    const id = field(licence, 'id')
    expect(await checkPresented(db, field(licence, 'firmId'), 'BusinessLicence', id)).toBeNull()
    expect(await checkPresented(db, field(licence, 'firmId'), 'FoodBusinessLicence', id)).toBe('other_type')
    expect(await checkPresented(db, 'firm_someone_else', 'BusinessLicence', id)).toBe('other_holder')
    expect(await checkPresented(db, field(licence, 'firmId'), 'BusinessLicence', 'lic_nothing')).toBe(
      'not_found',
    )
    expectStatus(
      await send(testApp, 'POST', `/api/licences/${id}/suspend`, officer, { reason: '核查中' }),
      200,
    )
    expect(await checkPresented(db, field(licence, 'firmId'), 'BusinessLicence', id)).toBe('suspended')
    expect(firm).toBeTruthy()
  })
})
