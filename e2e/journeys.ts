// What the journeys share: the server's address, signing in the way a user does, a demo account's turn in its own
// browser, waiting for the page to rest, and screenshots.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'
import { expect, inject } from 'vitest'
import { checkAccessibility, openBrowser, type BrowserOptions } from './browser'

export const demoPassword = 'g60-demo'
export const screenshotFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots')

export function baseUrl(): string {
  return inject('baseUrl')
}

/** Signs in through the form (the page is sent to the sign-in page first) and waits for the console. */
export async function signIn(page: Page, username: string, password = demoPassword, path = '/') {
  await page.goto(`${baseUrl()}${path}`)
  await page.waitForURL(/\/login/)
  await settle(page)
  await checkAccessibility(page)
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(password)
  await page.locator('button[type=submit]').click()
  await page.locator('[data-testid=current-user]').waitFor()
  await settle(page)
  await checkAccessibility(page)
}

const chooseAttemptsMax = 4
/** an option that does not settle this soon is lost with its dropdown: the next attempt opens it again */
const optionClickTimeoutMs = 5_000

/**
 * Chooses an option of the antd Select labelled `label` and waits until the Select shows it. A click on an option
 * while its dropdown is still opening can be lost (the Select stays empty), and a dropdown can close under a click
 * that waits for its option to settle, so the whole is tried again, a few times.
 */
export async function choose(page: Page, label: string, option: string, within: Page | Locator = page) {
  // the field, not a sortable column header (or a filter, when `within` names a form) with the same name
  const field = within.getByLabel(label, { exact: true }).and(page.locator(':not(th)'))
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]')
  for (let attempt = 1; ; attempt++) {
    await field.click()
    try {
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
        .first()
        .click({ timeout: optionClickTimeoutMs })
      await expect.poll(() => select.textContent(), { timeout: 2_000 }).toContain(option)
      return
    } catch (error) {
      if (attempt >= chooseAttemptsMax) throw error
    }
  }
}

/**
 * Types a day ('YYYY-MM-DD'), a time ('HH:mm') or both ('YYYY-MM-DD HH:mm') into an antd picker the way a keyboard
 * user does, confirms it with Enter (which closes the picker's panel) and waits until the field shows it.
 */
export async function typeInPicker(field: Locator, text: string) {
  await field.click()
  await field.fill(text)
  await field.press('Enter')
  await expect.poll(() => field.inputValue()).toBe(text)
}

/** The side menu's entries, groups included, in order. */
export async function menuEntries(page: Page): Promise<string[]> {
  const entries = await page.locator('[data-testid=side-menu] [role=menuitem]').allTextContents()
  return entries.map((entry) => entry.trim())
}

export async function waitForMapDrawn(page: Page) {
  await page.locator('[data-testid=home-map] canvas').first().waitFor()
  await page.waitForFunction('window.__g60MapDrawn === true')
}

/** A full-page screenshot of the page at rest, which passes axe's WCAG 2.1 A/AA rules first (once per path). */
export async function screenshot(page: Page, name: string) {
  await settle(page)
  await checkAccessibility(page)
  await screenshotAsIs(page, name)
}

/** A full-page screenshot of the page as it is: a failed journey's, where waiting or checking would hide the failure. */
export async function screenshotAsIs(page: Page, name: string) {
  fs.mkdirSync(screenshotFolder, { recursive: true })
  await page.screenshot({ path: path.join(screenshotFolder, `${name}.png`), fullPage: true })
}

/** GET an API path with the page's session (for facts the journey needs, such as a firm to search for). */
export async function apiGet<Body>(page: Page, apiPath: string): Promise<Body> {
  const response = await page.request.get(`${baseUrl()}${apiPath}`)
  if (!response.ok()) throw new Error(`GET ${apiPath} answered ${response.status()}`)
  const body: Body = await response.json()
  return body
}

export const wideScreen = { width: 1366, height: 900 }

/**
 * One demo account's turn: a fresh browser, signed in, that must see no page or console errors. A failure leaves
 * the screenshot `<journey>-failed-<username>`.
 */
export async function turnAs(
  journey: string,
  username: string,
  turn: (page: Page) => Promise<void>,
  viewport: BrowserOptions['viewport'] = wideScreen,
) {
  const browser = await openBrowser({ viewport })
  try {
    await signIn(browser.page, username)
    await turn(browser.page)
    await settle(browser.page)
    await checkAccessibility(browser.page)
    expect(browser.problems).toEqual([])
  } catch (error) {
    await screenshotAsIs(browser.page, `${journey}-failed-${username}`)
    throw error
  } finally {
    await browser.close()
  }
}

/** A turn of someone who is not signed in, in a fresh browser that must see no page or console errors. */
export async function signedOutTurn(
  journey: string,
  name: string,
  turn: (page: Page) => Promise<void>,
  viewport: BrowserOptions['viewport'] = { width: 1280, height: 900 },
) {
  const browser = await openBrowser({ viewport })
  try {
    await turn(browser.page)
    await settle(browser.page)
    await checkAccessibility(browser.page)
    expect(browser.problems).toEqual([])
  } catch (error) {
    await screenshotAsIs(browser.page, `${journey}-failed-${name}`)
    throw error
  } finally {
    await browser.close()
  }
}

/** Switches the page's language and waits for its heading in it. */
export async function switchLanguage(page: Page, heading: string) {
  await page.locator('[data-testid=language-switch]').click()
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor()
}

/** The page scrolls only up and down: nothing is wider than the screen. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')
  expect(overflow).toBeLessThanOrEqual(0)
}

/** A demo account's session cookie for calls to the API outside the browser (facts a journey needs). */
export async function apiCookie(username: string): Promise<string> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  })
  expect(login.status).toBe(200)
  return login.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ')
}

/** Opens a page from the side menu and waits for its heading (the menu entry and the page share their name). */
export async function openMenu(page: Page, name: string) {
  await page.locator('[data-testid=side-menu]').getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor()
  await settle(page)
  await checkAccessibility(page)
}

/** Waits until nothing loads and every transition has finished (an endless spinner's turn aside). */
export async function settle(page: Page) {
  // polled from here: the console's Content Security Policy refuses the page-side polling of waitForFunction
  const atRest = `document.querySelector('.ant-spin-spinning, .ant-skeleton-active') === null &&
    document.getAnimations().every((animation) =>
      animation.playState !== 'running' || animation.effect.getTiming().iterations === Infinity)`
  await expect.poll(() => page.evaluate(atRest), { timeout: 15_000 }).toBe(true)
}

/** A screenshot of the page at rest, from its top, without the notifications of the moves before it. */
export async function snap(page: Page, name: string) {
  // a notification may be closing by itself already: then there is nothing left to click
  for (const close of await page.locator('.ant-notification-notice-close').all()) {
    await close.click({ timeout: 2_000 }).catch(() => undefined)
  }
  await page.evaluate('window.scrollTo(0, 0)')
  await settle(page)
  await checkAccessibility(page)
  await screenshotAsIs(page, name)
}

/** A screenshot of what is on screen (a dialog over its page), at rest. */
export async function snapScreen(page: Page, name: string) {
  await settle(page)
  // what is on screen may be a dialog over a page checked already: it is checked as a page of its own
  await checkAccessibility(page, `${new URL(page.url()).pathname} ${name}`)
  fs.mkdirSync(screenshotFolder, { recursive: true })
  await page.screenshot({ path: path.join(screenshotFolder, `${name}.png`) })
}

export const dialog = (page: Page) => page.getByRole('dialog')
