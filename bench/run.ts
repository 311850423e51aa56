// npm run bench: first start with the full seed, restart, and firm search under load, on PGlite and PostgreSQL;
// then voucher orders over HTTP and ledger transfers without HTTP on PostgreSQL (bench/vouchers.ts), instrument
// bookings, finance ranking, one-stop filings, queues and catalogue search, licence verification and issuance, and
// the policies' corridor run and calculator (bench/<module>.ts).
// Every figure comes from a real server process on 127.0.0.1; see docs/BENCHMARKS.md for how to read them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { benchmarkConsole } from './console'
import {
  host,
  loadDurationSeconds,
  startServer,
  stopServer,
  waitForIdleJobs,
  withFreshPostgresDatabase,
} from './server'
import { benchmarkFinance } from './finance'
import { benchmarkInstruments } from './instruments'
import { benchmarkLicences } from './licences'
import { benchmarkInsights } from './insights'
import { benchmarkPolicies } from './policies'
import { benchmarkServices } from './services'
import { benchmarkVouchers } from './vouchers'

const loadConnections = Number(process.env.BENCH_CONNECTIONS ?? 32)
const resultsFolder = '.bench'

/**
 * A mix of what users type: Chinese fragments of two to four characters (common ones and rare trade names, which
 * have no trigram), English words and names, and a credit-code prefix.
 */
const searchQueries = [
  '科技',
  '微电子',
  '华芯',
  '生物医药',
  '合肥',
  '智能',
  'semiconductor',
  'bio',
  'hua',
  'new energy',
  '新材料',
  '苏州',
  '宏航',
  '源辉',
  '达迅',
  '弘韵',
  '嘉荣',
  '纳米',
  '空天',
  '量子',
  '光电',
  '机器人',
  '传感',
  '医疗器械',
  'honghang',
  'yuanhui',
  'daxun',
  'nano',
  'quantum',
  'robot',
  'sensor',
  'medical',
  '91330100',
]
const searchPaths = searchQueries.flatMap((query) => [
  `/api/firms?q=${encodeURIComponent(query)}&limit=20`,
  `/api/firms?q=${encodeURIComponent(query)}&city=HF&limit=20`,
])

/** The first requests compile the hot paths; they are not measured. */
const warmUpSeconds = 2

async function searchLoad(port: number) {
  const load = (seconds: number) =>
    autocannon({
      url: `http://${host}:${port}`,
      connections: loadConnections,
      duration: seconds,
      requests: searchPaths.map((searchPath) => ({ method: 'GET' as const, path: searchPath })),
    })
  await load(warmUpSeconds)
  const result = await load(loadDurationSeconds)
  const metrics = await (await fetch(`http://${host}:${port}/metrics`)).text()
  return {
    // 0 when search was answered by SQL alone (the picture off, or not loaded during the load)
    firmSearchPictureEntries: Number(/^g60_firm_search_picture_entries (\d+)$/m.exec(metrics)?.[1] ?? 0),
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

/**
 * First start with the full seed, restart, then search under load: the same sequence on either engine. Search is
 * loaded three ways: as configured (a page may come from the 2 s public cache); with the page cache off
 * (G60_PUBLIC_CACHE_MS=0), where the in-memory firm search picture serves every request; and with the picture off
 * too (G60_SEARCH_REFRESH_MS=0), where SQL alone finds every page.
 */
async function measureEngine(environment: Record<string, string>) {
  const first = await startServer(environment)
  await stopServer(first)
  const restart = await startServer(environment)
  // the seed queued the corridor-wide recompute; the first server may have stopped before it finished
  await waitForIdleJobs(restart)
  const search = await searchLoad(restart.port)
  // The console figures (first-screen gzipped JS, navigation to the map drawn) need the full data set too.
  const webConsole = await benchmarkConsole(`http://${host}:${restart.port}`)
  await stopServer(restart)
  const uncached = await startServer({ ...environment, G60_PUBLIC_CACHE_MS: '0' })
  const searchWithoutCache = await searchLoad(uncached.port)
  await stopServer(uncached)
  const sqlAlone = await startServer({ ...environment, G60_PUBLIC_CACHE_MS: '0', G60_SEARCH_REFRESH_MS: '0' })
  const searchBySqlAlone = await searchLoad(sqlAlone.port)
  await stopServer(sqlAlone)
  return {
    firstStartWithFullSeedMs: Math.round(first.readyMs),
    restartMs: Math.round(restart.readyMs),
    search,
    searchWithoutCache,
    searchBySqlAlone,
    webConsole,
  }
}

async function benchmarkPglite() {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-bench-'))
  try {
    return await measureEngine({ G60_DATA_DIR: dataDirectory })
  } finally {
    fs.rmSync(dataDirectory, { recursive: true, force: true })
  }
}

async function benchmarkPostgres() {
  return withFreshPostgresDatabase((url) => measureEngine({ DATABASE_URL: url, G60_DATA_DIR: os.tmpdir() }))
}

const only = process.argv[2]
const searches = only === undefined || only === 'postgres' || only === 'pglite'
const results: Record<string, unknown> = {
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  ...(searches
    ? {
        load: {
          connections: loadConnections,
          durationSeconds: loadDurationSeconds,
          distinctPaths: searchPaths.length,
        },
      }
    : {}),
  measuredAt: new Date().toISOString(),
}
if (only === undefined || only === 'postgres') results.postgres = await benchmarkPostgres()
if (only === undefined || only === 'pglite') results.pglite = await benchmarkPglite()
if (only === undefined || only === 'vouchers') {
  results.vouchers = await benchmarkVouchers()
  fs.mkdirSync(resultsFolder, { recursive: true })
  fs.writeFileSync(
    path.join(resultsFolder, 'vouchers.json'),
    `${JSON.stringify(results.vouchers, null, 2)}\n`,
  )
}
for (const [name, benchmark] of [
  ['instruments', benchmarkInstruments],
  ['finance', benchmarkFinance],
  ['services', benchmarkServices],
  ['licences', benchmarkLicences],
  ['policies', benchmarkPolicies],
  ['insights', benchmarkInsights],
] as const) {
  if (only !== undefined && only !== name) continue
  results[name] = await benchmark()
  fs.mkdirSync(resultsFolder, { recursive: true })
  fs.writeFileSync(path.join(resultsFolder, `${name}.json`), `${JSON.stringify(results[name], null, 2)}\n`)
}
fs.mkdirSync(resultsFolder, { recursive: true })
fs.writeFileSync(path.join(resultsFolder, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
