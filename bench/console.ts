// Console benchmark, in Debian's Chromium against a running platform: the gzipped JavaScript the browser loads for
// the signed-in home page, and the time from navigation to the home map drawn (its canvas present and ECharts'
// `finished` event seen). The first screen is everything but the ECharts chunk (`charts-…`), which the home page
// loads lazily for its map once the shell, key figures and city list are up; it is counted apart and in the total.
import { gzipSync } from 'node:zlib'
import { openBrowser } from '../e2e/browser'

const demoUsername = 'office'
const demoPassword = 'g60-demo'
const mapTimeoutMs = 60_000

export interface ConsoleBenchmark {
  /** JavaScript of the signed-in home page without the lazily loaded chart chunk */
  firstScreenGzipBytes: number
  /** the ECharts chunk the home map loads */
  chartsGzipBytes: number
  /** every JavaScript file the signed-in home page loads, charts included */
  homeTotalGzipBytes: number
  homeMapDrawnMs: number
}

const chartChunk = /\/assets\/charts-[\w-]+\.js$/

export async function benchmarkConsole(baseUrl: string): Promise<ConsoleBenchmark> {
  const browser = await openBrowser({ viewport: { width: 1280, height: 860 } })
  try {
    const { page } = browser
    const signIn = await page.request.post(`${baseUrl}/api/auth/login`, {
      data: { username: demoUsername, password: demoPassword },
    })
    if (!signIn.ok()) throw new Error(`signing in ${demoUsername} failed with ${signIn.status()}`)

    const scriptSizes = new Map<string, Promise<number>>()
    page.on('response', (response) => {
      const isScript =
        response.request().resourceType() === 'script' ||
        (response.headers()['content-type'] ?? '').includes('javascript')
      if (!isScript || scriptSizes.has(response.url())) return
      scriptSizes.set(
        response.url(),
        response.body().then((body) => gzipSync(body, { level: 9 }).length),
      )
    })

    const startedMs = performance.now()
    await page.goto(`${baseUrl}/`)
    await page.locator('[data-testid=home-map] canvas').first().waitFor({ timeout: mapTimeoutMs })
    await page.waitForFunction(
      () => (globalThis as { __g60MapDrawn?: boolean }).__g60MapDrawn === true,
      undefined,
      {
        timeout: mapTimeoutMs,
      },
    )
    const homeMapDrawnMs = performance.now() - startedMs

    const sizes = await Promise.all(
      [...scriptSizes].map(async ([url, size]) => ({
        isChart: chartChunk.test(new URL(url).pathname),
        bytes: await size,
      })),
    )
    const sum = (files: { bytes: number }[]) => files.reduce((total, file) => total + file.bytes, 0)
    const chartsGzipBytes = sum(sizes.filter((file) => file.isChart))
    const homeTotalGzipBytes = sum(sizes)
    return {
      firstScreenGzipBytes: homeTotalGzipBytes - chartsGzipBytes,
      chartsGzipBytes,
      homeTotalGzipBytes,
      homeMapDrawnMs: Math.round(homeMapDrawnMs),
    }
  } finally {
    await browser.close()
  }
}

const runDirectly = process.argv[1]?.endsWith('bench/console.ts') === true
if (runDirectly) {
  const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3000'
  const result = await benchmarkConsole(baseUrl)
  const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  process.stdout.write(
    `first screen: ${kilobytes(result.firstScreenGzipBytes)} of gzipped JavaScript ` +
      `(+ charts ${kilobytes(result.chartsGzipBytes)} = ${kilobytes(result.homeTotalGzipBytes)} for the home page); ` +
      `home map drawn ${result.homeMapDrawnMs} ms after navigation (${baseUrl})\n`,
  )
}
