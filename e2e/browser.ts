// Debian's Chromium, headless, on a fresh profile each time (launchPersistentContext on a new temporary folder).
// Browsers are never downloaded: playwright-core drives the one the system installed.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const chromiumPath = process.env.G60_CHROMIUM_PATH ?? '/usr/bin/chromium'
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface BrowserSession {
  context: BrowserContext
  page: Page
  /** uncaught page errors and console errors seen so far (failed resource loads excepted) */
  problems: string[]
  close(): Promise<void>
}

export interface BrowserOptions {
  viewport?: { width: number; height: number }
}

export async function openBrowser(options: BrowserOptions = {}): Promise<BrowserSession> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}: install Debian's chromium package (apt-get install chromium)`,
    )
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: options.viewport ?? { width: 1280, height: 860 },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`)
    }
  })
  return {
    context,
    page,
    problems,
    async close() {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
/** WCAG 2.1 A and AA: what the platform must meet (China's GB/T 37668 follows it) */
const accessibilityTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
/** a violation's elements named in a failure, at most this many per rule (the rest are counted) */
const violationTargetsShownMax = 8
const checkedPages = new WeakMap<Page, Set<string>>()
/** longer than the console's transitions (antd's slowest is 0.3 s) */
const transitionSettleMs = 500

interface AxeViolation {
  id: string
  help: string
  nodes: { target: string[]; failureSummary?: string }[]
}

/** The page's WCAG 2.1 A/AA violations as axe-core finds them now. */
function axeViolations(page: Page): Promise<AxeViolation[]> {
  // a string, not a function: the test transform may add helpers to a function that the page does not have
  return page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(accessibilityTags)} }, resultTypes: ['violations'] })
    .then((result) => result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String), failureSummary: node.failureSummary })),
    })))`)
}

/**
 * Runs axe-core's WCAG 2.1 A/AA rules on the page as it is, once per `key` (by default the page's path) for this
 * page, and fails with each violation's rule, elements and summary. axe is evaluated through the debugging protocol,
 * which the console's Content Security Policy (scripts from 'self' only) does not stop.
 */
export async function checkAccessibility(page: Page, key = new URL(page.url()).pathname) {
  const checked = checkedPages.get(page) ?? new Set<string>()
  checkedPages.set(page, checked)
  if (checked.has(key)) return
  checked.add(key)
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource)
  let violations = await axeViolations(page)
  // a control can be caught in the colours it is leaving (antd eases a button from disabled to enabled in 0.2 s):
  // what still fails a moment later is a violation of the page at rest
  if (violations.length > 0) {
    await page.waitForTimeout(transitionSettleMs)
    violations = await axeViolations(page)
  }
  if (violations.length === 0) return
  const report = violations.map((violation) => {
    const shown = violation.nodes.slice(0, violationTargetsShownMax)
    const more = violation.nodes.length - shown.length
    const lines = shown.map(
      (node) => `    ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    )
    if (more > 0) lines.push(`    … and ${more} more`)
    return `  ${violation.id} (${violation.help}), ${violation.nodes.length} element(s):\n${lines.join('\n')}`
  })
  throw new Error(`accessibility violations on ${page.url()} [${key}]:\n${report.join('\n')}`)
}
