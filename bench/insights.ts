// npm run bench -- insights: on the full demo corridor (PostgreSQL), the flow matrix and the integration index over
// HTTP at 32 connections, with GET /api/health as the peer in the same run; and the refreshes: the recent one (this
// month and the last, where a day's new activity lands, rebuilt whatever that day held, so its time bounds the
// refresh after any day) and the full one (every month from the first record). See docs/BENCHMARKS.md.
import autocannon from 'autocannon'
import {
  benchEnvironment,
  host,
  loadDurationSeconds,
  loadSummary,
  signIn,
  startServer,
  stopServer,
  waitForIdleJobs,
  withFreshPostgresDatabase,
} from './server'

const connections = 32
const warmUpSeconds = 2
const refreshRepeats = 3

const progress = (message: string) => process.stderr.write(`  insights: ${message}\n`)

function load(port: number, path: string, seconds: number) {
  return autocannon({ url: `http://${host}:${port}${path}`, connections, duration: seconds })
}

async function timedRefresh(port: number, cookie: string, full: boolean) {
  const timesMs: number[] = []
  let written: unknown = null
  for (let repeat = 0; repeat < refreshRepeats; repeat++) {
    const startedMs = performance.now()
    const response = await fetch(`http://${host}:${port}/api/insights/refresh`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ full }),
    })
    written = await response.json()
    if (!response.ok) throw new Error(`refresh: ${response.status} ${JSON.stringify(written)}`)
    timesMs.push(Math.round(performance.now() - startedMs))
  }
  return { timesMs, medianMs: timesMs.slice().sort((a, b) => a - b)[1], written }
}

export async function benchmarkInsights() {
  return withFreshPostgresDatabase(async (url) => {
    const server = await startServer({ ...benchEnvironment(url, 'full'), LOG_LEVEL: 'warn' })
    try {
      await waitForIdleJobs(server)
      progress(`seeded and ready in ${Math.round(server.readyMs)} ms`)
      const paths = { matrix: '/api/insights/flows', index: '/api/insights/index', health: '/api/health' }
      const results: Record<string, ReturnType<typeof loadSummary>> = {}
      for (const [name, path] of Object.entries(paths)) {
        progress(`${path}, ${connections} connections`)
        await load(server.port, path, warmUpSeconds)
        results[name] = loadSummary(await load(server.port, path, loadDurationSeconds))
      }
      const office = await signIn(server.port, 'office')
      progress('refreshes')
      const recent = await timedRefresh(server.port, office, false)
      const full = await timedRefresh(server.port, office, true)
      const ratio = (name: string) =>
        Math.round(
          ((results[name]?.requestsPerSecond ?? 0) / Math.max(1, results.health?.requestsPerSecond ?? 1)) *
            100,
        ) / 100
      return {
        firstStartWithFullSeedMs: Math.round(server.readyMs),
        matrix: results.matrix,
        index: results.index,
        healthPeer: results.health,
        matrixPerHealthCheck: ratio('matrix'),
        indexPerHealthCheck: ratio('index'),
        recentRefresh: recent,
        fullRefresh: full,
      }
    } finally {
      await stopServer(server)
    }
  })
}
