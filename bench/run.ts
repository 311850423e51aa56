// npm run bench: first start with the full seed, restart, and firm search under load, on PGlite and PostgreSQL.
// Every figure comes from a real server process on 127.0.0.1; see docs/BENCHMARKS.md for how to read them.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import autocannon from 'autocannon'
import pg from 'pg'
import { benchmarkConsole } from './console'

const host = '127.0.0.1'
const postgresServerUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const loadDurationSeconds = Number(process.env.BENCH_SECONDS ?? 20)
const loadConnections = Number(process.env.BENCH_CONNECTIONS ?? 32)
const startTimeoutMs = 300_000
const resultsFolder = '.bench'

/** A mix of what users type: Chinese fragments of two to four characters, English words, a credit code prefix. */
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
]
const searchPaths = searchQueries.flatMap((query) => [
  `/api/firms?q=${encodeURIComponent(query)}&limit=20`,
  `/api/firms?q=${encodeURIComponent(query)}&city=HF&limit=20`,
])

interface Server {
  child: ChildProcess
  port: number
  readyMs: number
}

async function startServer(environment: Record<string, string>): Promise<Server> {
  const port = 40_000 + Math.floor(Math.random() * 20_000)
  const startedAtMs = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/g60.ts', 'serve'], {
    env: { PATH: process.env.PATH ?? '', HOST: host, PORT: String(port), LOG_LEVEL: 'warn', ...environment },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadlineMs = startedAtMs + startTimeoutMs
  while (performance.now() < deadlineMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const response = await fetch(`http://${host}:${port}/api/health`)
      if (response.ok) return { child, port, readyMs: performance.now() - startedAtMs }
    } catch {
      // not listening yet
    }
    await sleep(50)
  }
  child.kill('SIGKILL')
  throw new Error('server did not become ready in time')
}

async function stopServer(server: Server) {
  const exited = new Promise((resolve) => server.child.once('exit', resolve))
  server.child.kill('SIGTERM')
  await Promise.race([exited, sleep(15_000)])
}

async function searchLoad(port: number) {
  const result = await autocannon({
    url: `http://${host}:${port}`,
    connections: loadConnections,
    duration: loadDurationSeconds,
    requests: searchPaths.map((searchPath) => ({ method: 'GET' as const, path: searchPath })),
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

async function administer(statement: string) {
  const client = new pg.Client({ connectionString: postgresServerUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** First start with the full seed, restart, then search under load: the same sequence on either engine. */
async function measureEngine(environment: Record<string, string>) {
  const first = await startServer(environment)
  await stopServer(first)
  const restart = await startServer(environment)
  const search = await searchLoad(restart.port)
  // The console figures (first-screen gzipped JS, navigation to the map drawn) need the full data set too.
  const webConsole = await benchmarkConsole(`http://${host}:${restart.port}`)
  await stopServer(restart)
  return {
    firstStartWithFullSeedMs: Math.round(first.readyMs),
    restartMs: Math.round(restart.readyMs),
    search,
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
  const name = `g60_bench_${randomBytes(4).toString('hex')}`
  await administer(`CREATE DATABASE ${name}`)
  try {
    const url = new URL(postgresServerUrl)
    url.pathname = `/${name}`
    return await measureEngine({ DATABASE_URL: url.toString(), G60_DATA_DIR: os.tmpdir() })
  } finally {
    await administer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

const only = process.argv[2]
const results: Record<string, unknown> = {
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  load: {
    connections: loadConnections,
    durationSeconds: loadDurationSeconds,
    distinctPaths: searchPaths.length,
  },
  measuredAt: new Date().toISOString(),
}
if (only === undefined || only === 'postgres') results.postgres = await benchmarkPostgres()
if (only === undefined || only === 'pglite') results.pglite = await benchmarkPglite()
fs.mkdirSync(resultsFolder, { recursive: true })
fs.writeFileSync(path.join(resultsFolder, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
