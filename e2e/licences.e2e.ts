// E-licences in the browser (电子证照): firm.sh opens its wallet and its Human Resources Service Licence issued by
// Songjiang, takes the licence's QR code and its credential; someone who is not signed in uploads a picture of the QR
// code on the public verify page and sees it valid (and a pasted credential valid, a tampered one tampered); the
// Songjiang officer revokes the licence; the same QR code then verifies as revoked. The corridor office reads the
// issuers' keys; the pages are read in English and at 390 px wide too. The revocation is final, so the journey runs
// once per server (each run of the journeys starts its own).
import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  apiGet,
  baseUrl,
  dialog,
  expectNoSidewaysScroll,
  openMenu,
  settle,
  signedOutTurn,
  snap,
  snapScreen,
  switchLanguage,
  turnAs,
} from './journeys'

const journeyTimeoutMs = 600_000
const phone = { width: 390, height: 844 }
const licenceType = 'HumanResourcesServiceLicence'
const issuerCode = 'SH-SJ'
const revocationReason = '年度核查发现许可条件不再具备，依法撤销'

interface LicenceRow {
  id: string
  status: string
  issuerCode: string
  licenceType: string
  caseNumber: string
  licenceNameZh: string
  licenceNameEn: string
}

const as = (
  username: string,
  turn: (page: Page) => Promise<void>,
  viewport?: { width: number; height: number },
) => turnAs('licences', username, turn, viewport)

/** A turn of someone who is not signed in. */
const signedOut = (
  name: string,
  turn: (page: Page) => Promise<void>,
  viewport?: { width: number; height: number },
) => signedOutTurn('licences', name, turn, viewport)

/** The PNG a data URL holds. */
function pngOf(dataUrl: string) {
  const match = /^data:image\/png;base64,(.+)$/.exec(dataUrl)
  if (match?.[1] === undefined) throw new Error(`not a PNG data URL: ${dataUrl.slice(0, 40)}`)
  return { name: 'licence-qr.png', mimeType: 'image/png', buffer: Buffer.from(match[1], 'base64') }
}

/** Opens the verify page and uploads a picture of a QR code; answers the verdict shown. */
async function verifyQr(page: Page, qr: ReturnType<typeof pngOf>, path = '/verify') {
  await page.goto(`${baseUrl()}${path}`)
  await page.getByRole('heading', { level: 1, name: '电子证照核验', exact: true }).waitFor()
  await page.locator('[data-testid=verify-upload] input[type=file]').setInputFiles(qr)
  return verdict(page)
}

async function verdict(page: Page) {
  const shown = page.locator('[data-testid=verify-verdict]')
  await shown.waitFor()
  return shown.getAttribute('data-verdict')
}

/** Pastes a credential on the verify page and waits for the verdict on it. */
async function verifyPasted(page: Page, text: string, expected: string) {
  await page.getByRole('tab', { name: '粘贴凭证' }).click()
  await page.getByLabel('凭证（JSON）').fill(text)
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/api/verify') && response.request().method() === 'POST',
  )
  await page.locator('[data-testid=verify-check]').click()
  await answered
  await expect
    .poll(() => page.locator('[data-testid=verify-verdict]').getAttribute('data-verdict'))
    .toBe(expected)
}

describe('e-licences', () => {
  it(
    'verifies a licence’s QR code valid, and revoked once its issuing city revokes it',
    async () => {
      let licence: LicenceRow | undefined
      let qr: ReturnType<typeof pngOf> | undefined
      let credential = ''

      // ---- the Songjiang firm opens its wallet and the licence, and takes its QR code and credential ----
      await as('firm.sh', async (page) => {
        await openMenu(page, '我的证照')
        const wallet = await apiGet<{ items: LicenceRow[] }>(
          page,
          `/api/licences?status=active&type=${licenceType}&issuer=${issuerCode}`,
        )
        licence = wallet.items[0]
        if (licence === undefined)
          throw new Error(`firm.sh holds no active ${licenceType} issued by ${issuerCode}`)
        const card = page.locator(`[data-testid=licence-card][data-licence="${licence.id}"]`)
        await card.waitFor()
        expect(await card.locator('[data-testid=licence-status]').textContent()).toBe('有效')
        await snap(page, 'licences-wallet')
        await switchLanguage(page, 'My licences')
        await expect.poll(() => card.locator('[data-testid=licence-status]').textContent()).toBe('Active')
        await snap(page, 'licences-wallet-en-US')
        await switchLanguage(page, '我的证照')

        // the status filter narrows the wallet
        await page.goto(`${baseUrl()}/licences?status=revoked`)
        await page.getByRole('heading', { level: 1, name: '我的证照' }).waitFor()
        await settle(page)
        expect(await card.count()).toBe(0)
        await page.goto(`${baseUrl()}/licences`)

        await card.getByRole('link', { name: licence.licenceNameZh }).click()
        await page.getByRole('heading', { level: 1, name: licence.licenceNameZh }).waitFor()
        const image = page.locator('img[data-testid=licence-qr]')
        await image.waitFor()
        expect(await image.getAttribute('alt')).toContain(licence.licenceNameZh)
        qr = pngOf((await image.getAttribute('src')) ?? '')
        await page.locator('[data-testid=licence-dual-signed]').waitFor()
        await page.getByText(licence.caseNumber).first().waitFor()
        // no moves for the holder
        expect(await page.locator('[data-testid=licence-revoke]').count()).toBe(0)
        // the credential downloads as <id>.json
        const download = page.waitForEvent('download')
        await page.locator('[data-testid=licence-download]').click()
        const saved = await download
        expect(saved.suggestedFilename()).toBe(`${licence.id}.json`)
        credential = fs.readFileSync((await saved.path()) ?? '', 'utf8')
        expect(JSON.parse(credential)).toHaveProperty('proof')
        await page.getByText('凭证原文（W3C 可验证凭证）').click()
        await page.locator('[data-testid=licence-credential]').waitFor()
        await snap(page, 'licences-licence')
        await switchLanguage(page, licence.licenceNameEn)
        await snap(page, 'licences-licence-en-US')
        await switchLanguage(page, licence.licenceNameZh)

        // the printable page: the licence in both languages, the QR code large, outside the console's frame
        await page.getByRole('link', { name: '打印版' }).click()
        await page.locator('[data-testid=licence-print]').waitFor()
        await page.locator('[data-testid=licence-print] img[data-testid=licence-qr]').waitFor()
        expect(await page.locator('[data-testid=side-menu]').count()).toBe(0)
        await page.locator('[data-testid=licence-print]').getByText('Holder').waitFor()
        await snap(page, 'licences-print')

        // applying for an item that asks for a production licence: the firm presents the one in its wallet
        await page.goto(`${baseUrl()}/services/catalogue/G60-SHSJ-AMR-011/apply`)
        const material = page.locator('[data-testid=material-industrial_production_licence]')
        await material.getByText('引用已取得的证照（免提交）').click()
        // its only active licence of the type is chosen at once
        await material.locator('[data-testid=licence-choice]').getByText('杭州签发').waitFor()
        await material.scrollIntoViewIfNeeded()
        await snapScreen(page, 'licences-apply-picker')
      })
      if (licence === undefined || qr === undefined) throw new Error('the firm’s turn found no licence')
      const { id } = licence
      const qrCode = qr

      // ---- anyone, not signed in, verifies the QR code and the credential ----
      await signedOut('verify-valid', async (page) => {
        expect(await verifyQr(page, qrCode)).toBe('valid')
        await page.waitForURL(new RegExp(`/verify\\?licence=${id}$`))
        await page.locator('[data-testid=verify-verdict]').getByText('有效', { exact: true }).waitFor()
        expect(await page.locator('[data-testid=verify-proof]').count()).toBeGreaterThanOrEqual(1)
        await snap(page, 'licences-verify-valid')
        await switchLanguage(page, 'Verify an e-licence')
        await page.locator('[data-testid=verify-verdict]').getByText('Valid', { exact: true }).waitFor()
        await snap(page, 'licences-verify-valid-en-US')
        await switchLanguage(page, '电子证照核验')

        // the credential pasted is valid; with one fact changed it is tampered with
        await verifyPasted(page, credential, 'valid')
        const tampered = JSON.parse(credential) as { credentialSubject: Record<string, unknown> }
        tampered.credentialSubject = { ...tampered.credentialSubject, name: '冒名企业' }
        await verifyPasted(page, JSON.stringify(tampered), 'tampered')
        await snap(page, 'licences-verify-tampered')
        // the camera: a view to scan in, or (a browser without one) why not; closed again
        await page.getByRole('tab', { name: '扫码' }).click()
        await page.getByRole('button', { name: '打开摄像头扫码' }).click()
        await page.locator('.g60-scanner video, [data-testid=camera-failed]').first().waitFor()
        await snap(page, 'licences-verify-scan')
        await page.getByRole('button', { name: '关闭摄像头' }).click()
        await page.getByRole('button', { name: '打开摄像头扫码' }).waitFor()
        await page.getByRole('tab', { name: '粘贴凭证' }).click()
        // what is not a credential is refused in words
        await page.getByLabel('凭证（JSON）').fill('这不是凭证')
        await page.locator('[data-testid=verify-check]').click()
        await page.locator('.ant-alert-error').waitFor()
      })

      // ---- the Songjiang officer revokes it ----
      await as('officer.sh', async (page) => {
        await openMenu(page, '本市签发的证照')
        await page.locator('[data-testid=licence-list] .ant-table-row').first().waitFor()
        await snap(page, 'licences-city')
        await page.goto(`${baseUrl()}/licences/${id}`)
        await page.locator('[data-testid=licence-revoke]').click()
        await dialog(page).waitFor()
        await dialog(page).getByLabel('原因', { exact: true }).fill(revocationReason)
        await snapScreen(page, 'licences-revoke-dialog')
        await dialog(page)
          .getByRole('button', { name: /^撤\s?销$/ })
          .click()
        // revoking is final: confirmed once more
        await page.getByRole('button', { name: '确认撤销' }).click()
        await page.getByText('证照已撤销').first().waitFor()
        await page.locator('[data-testid=licence-status-notice]').getByText(revocationReason).waitFor()
        await expect
          .poll(() => page.locator('[data-testid=licence-status]').first().textContent())
          .toBe('撤销')
        expect(await page.locator('[data-testid=licence-revoke]').count()).toBe(0)
        await snap(page, 'licences-licence-revoked')
      })

      // ---- the same QR code now verifies as revoked ----
      await signedOut('verify-revoked', async (page) => {
        expect(await verifyQr(page, qrCode)).toBe('revoked')
        await snap(page, 'licences-verify-revoked')
      })
    },
    journeyTimeoutMs,
  )

  it('shows the corridor office the issuers’ public keys', async () => {
    await as('office', async (page) => {
      await openMenu(page, '签发机关公钥')
      await page.locator('[data-testid=licence-keys] .ant-table-row').first().waitFor()
      await page.locator('[data-testid=licence-keys]').getByText('在用').first().waitFor()
      await snap(page, 'licences-keys')
      await switchLanguage(page, 'Issuer keys')
      await snap(page, 'licences-keys-en-US')
      await switchLanguage(page, '签发机关公钥')
    })
  })

  it('fits a phone: the wallet, a licence and the verify page at 390 px', async () => {
    let shown = ''
    await as(
      'firm.sh',
      async (page) => {
        await page.goto(`${baseUrl()}/licences`)
        await page.getByRole('heading', { level: 1, name: '我的证照' }).waitFor()
        const card = page.locator('[data-testid=licence-card]').first()
        await card.waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'licences-wallet-390')
        shown = (await card.getAttribute('data-licence')) ?? ''
        await card.getByRole('link').first().click()
        await page.locator('img[data-testid=licence-qr]').waitFor()
        await page.getByText('凭证原文（W3C 可验证凭证）').click()
        await page.locator('[data-testid=licence-credential]').waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'licences-licence-390')
        await page.getByRole('link', { name: '打印版' }).click()
        await page.locator('[data-testid=licence-print] img[data-testid=licence-qr]').waitFor()
        await expectNoSidewaysScroll(page)
        await snap(page, 'licences-print-390')
      },
      phone,
    )
    await signedOut(
      'verify-390',
      async (page) => {
        const wallet = await page.request.get(`${baseUrl()}/api/licences`)
        // the wallet needs a session; the verify page does not
        expect(wallet.status()).toBe(401)
        // the address a QR code carries: the licence it names is verified at once
        await page.goto(`${baseUrl()}/verify?licence=${shown}`)
        await page.getByRole('heading', { level: 1, name: '电子证照核验' }).waitFor()
        expect(await verdict(page)).toMatch(/^(valid|suspended|revoked|expired|key_compromised)$/)
        await expectNoSidewaysScroll(page)
        await snap(page, 'licences-verify-390')
      },
      phone,
    )
  })
})
