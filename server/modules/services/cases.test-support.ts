// What the services tests share: an item decided in Songjiang and collected by another city's window, its
// application with uploads and a registry record, and filing it.
import type { TestApp } from '../../testing/app'
import { sendMultipart, testFiles } from '../../testing/multipart'
import { expectStatus, type Json } from '../../testing/requests'

/** 内资有限公司变更登记: decided in Songjiang, collected by another city's window (proxy). */
export const proxyItem = 'G60-SHSJ-AMR-002'

export function applicationFor(itemCode: string, windowCityCode: string | undefined, extra: Json[] = []) {
  return {
    itemCode,
    ...(windowCityCode !== undefined ? { windowCityCode } : {}),
    purpose: '变更注册地址 · change of registered address',
    materials: [
      { code: 'application_form', source: 'upload', file: 'application_form' },
      { code: 'consent_form', source: 'upload', file: 'consent_form' },
      { code: 'business_licence', source: 'registry' },
      { code: 'shareholders_resolution', source: 'upload', file: 'shareholders_resolution' },
      { code: 'articles_amendment', source: 'upload', file: 'articles_amendment' },
      ...extra,
    ],
  }
}

export const proxyFiles = [
  'application_form',
  'consent_form',
  'shareholders_resolution',
  'articles_amendment',
].map((field) => testFiles.pdf(field))

export async function fileProxyCase(testApp: TestApp, firmCookie: string, windowCityCode = 'HF') {
  const response = await sendMultipart(
    testApp,
    '/api/service-cases',
    firmCookie,
    applicationFor(proxyItem, windowCityCode),
    proxyFiles,
  )
  return expectStatus(response, 201)
}
