// What the licence tests share: a firm's case approved in Songjiang (which dual-signs) and the licence it issued.
import type { TestApp } from '../testing/app'
import { expectStatus, field, send, type Json } from '../testing/requests'
import { fileProxyCase } from './services/cases.test-support'

export interface Issued {
  licence: Json
  credential: Json
  firm: string
  officer: string
}

/** firm.hf files a business-licence change at the Hefei window; Songjiang approves it; the licence it got. */
export async function approvedLicence(testApp: TestApp): Promise<Issued> {
  const firm = await testApp.signIn('firm.hf')
  const window = await testApp.signIn('officer.hf')
  const officer = await testApp.signIn('officer.sh')
  const caseId = field(await fileProxyCase(testApp, firm), 'id')
  expectStatus(await send(testApp, 'POST', `/api/service-cases/${caseId}/accept`, window, {}), 200)
  expectStatus(
    await send(testApp, 'POST', `/api/service-cases/${caseId}/decide`, officer, { decision: 'approved' }),
    200,
  )
  const wallet = expectStatus(await send(testApp, 'GET', '/api/licences?limit=100', firm), 200)
  const found = (wallet.items as Json[]).find((item) => item.caseId === caseId)
  if (found === undefined) throw new Error(`no licence for case ${caseId}`)
  const licence = expectStatus(await send(testApp, 'GET', `/api/licences/${field(found, 'id')}`, firm), 200)
  return { licence, credential: licence.credential as Json, firm, officer }
}

export async function verify(testApp: TestApp, credential: unknown) {
  return send(testApp, 'POST', '/api/verify', undefined, { credential } as Json)
}

export async function verdictOf(testApp: TestApp, credential: unknown): Promise<string> {
  return field(expectStatus(await verify(testApp, credential), 200), 'verdict')
}
