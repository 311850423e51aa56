// Debian's Chromium, headless, on a fresh profile each time (launchPersistentContext on a new temporary folder).
// Browsers are never downloaded: playwright-core drives the one the system installed.
import fs from 'node:fs'
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
