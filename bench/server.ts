// What every benchmark shares: a real server process (`g60 serve`) on 127.0.0.1, and fresh PostgreSQL databases
// on the benchmark server, dropped after.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import os from 'node:os'
import autocannon from 'autocannon'
import pg from 'pg'
import { buildServer, serverBundle } from '../scripts/build-server'

export const host = '127.0.0.1'
export const postgresServerUrl =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
export const loadDurationSeconds = Number(process.env.BENCH_SECONDS ?? 20)
const startTimeoutMs = 300_000

export interface Server {
  child: ChildProcess
  port: number
  readyMs: number
}

/**
 * Starts the server as `npm start` does: the esbuild bundle with plain node (rebuilt first when a source is newer),
 * so the figures are those of what operators run, not of the tsx development start.
 */
export async function startServer(environment: Record<string, string>): Promise<Server> {
  await buildServer()
  const port = 40_000 + Math.floor(Math.random() * 20_000)
  const startedAtMs = performance.now()
  // BENCH_SERVER_PROFILE_DIR: the server writes a V8 CPU profile there when it stops (for looking, not for figures)
  const profileDirectory = process.env.BENCH_SERVER_PROFILE_DIR
  const profiling = profileDirectory === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDirectory}`]
  const child = spawn(process.execPath, [...profiling, '--enable-source-maps', serverBundle, 'serve'], {
    // a load from one address is what the request rate limits are there to stop: off, unless a benchmark sets them
    env: {
      PATH: process.env.PATH ?? '',
      HOST: host,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      G60_RATE_LIMIT_SEARCH_PER_MINUTE: '0',
      G60_RATE_LIMIT_WRITES_PER_MINUTE: '0',
      ...environment,
    },
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

export async function stopServer(server: Server) {
  const exited = new Promise((resolve) => server.child.once('exit', resolve))
  server.child.kill('SIGTERM')
  await Promise.race([exited, sleep(15_000)])
}

export async function administer(statement: string) {
  const client = new pg.Client({ connectionString: postgresServerUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** Runs the work on a new database `g60_bench_<random>` of the benchmark server and drops it after, always. */
export async function withFreshPostgresDatabase<Result>(work: (url: string) => Promise<Result>) {
  const name = `g60_bench_${randomBytes(4).toString('hex')}`
  await administer(`CREATE DATABASE ${name}`)
  try {
    const url = new URL(postgresServerUrl)
    url.pathname = `/${name}`
    return await work(url.toString())
  } finally {
    await administer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

/**
 * Waits until the server has no due job queued or running (the seed queues a corridor-wide recompute), read from
 * its own /metrics, so that it works on either engine and no load is measured beside a background job.
 */
export async function waitForIdleJobs(server: Server, timeoutMs = 300_000) {
  const deadlineMs = Date.now() + timeoutMs
  while (Date.now() < deadlineMs) {
    const body = await (await fetch(`http://${host}:${server.port}/metrics`)).text()
    const due = [...body.matchAll(/^g60_jobs_due\{state="\w+"\} (\d+)$/gm)].map((match) => Number(match[1]))
    if (due.length === 2 && due.every((count) => count === 0)) return
    await sleep(500)
  }
  throw new Error('background jobs did not finish in time')
}

/** A group commit's batches and items since the server started, from its /metrics (see metrics.ts). */
export async function groupCommitCounts(port: number, write: string) {
  const body = await (await fetch(`http://${host}:${port}/metrics`)).text()
  const read = (name: string) => {
    const match = new RegExp(`^${name}\\{write="${write}"\\} (\\d+)$`, 'm').exec(body)
    return match === null ? 0 : Number(match[1])
  }
  return { batches: read('g60_group_commit_batches'), items: read('g60_group_commit_items') }
}

/** Mean requests a batch between two readings of groupCommitCounts (null when no batch ran). */
export function meanBatchSize(
  before: { batches: number; items: number },
  after: { batches: number; items: number },
) {
  const batches = after.batches - before.batches
  return batches === 0 ? null : Math.round(((after.items - before.items) / batches) * 10) / 10
}

/** The environment of a benchmark's server and seeding context on a database: demo data of the size, quiet logs. */
export function benchEnvironment(url: string, seedSize: 'full' | 'small'): Record<string, string> {
  return {
    DATABASE_URL: url,
    G60_DATA_DIR: os.tmpdir(),
    G60_MODE: 'demo',
    G60_SEED_SIZE: seedSize,
    LOG_LEVEL: 'silent',
  }
}

/** POST load on one path, the JSON bodies sent in turn. */
export function postEachInTurn(
  port: number,
  load: { path: string; bodies: readonly string[]; connections: number; seconds: number },
) {
  let sequence = 0
  return autocannon({
    url: `http://${host}:${port}`,
    connections: load.connections,
    duration: load.seconds,
    requests: [
      {
        method: 'POST',
        path: load.path,
        setupRequest: (request) => ({
          ...request,
          headers: { 'content-type': 'application/json' },
          body: load.bodies[sequence++ % load.bodies.length],
        }),
      },
    ],
  })
}

/** What a load gave, as every benchmark reports it. */
export function loadSummary(result: autocannon.Result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    responses2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

/** A demo account signed in on a running server: its session cookie. */
export async function signIn(port: number, username: string): Promise<string> {
  const response = await fetch(`http://${host}:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'g60-demo' }),
  })
  const cookie = response.headers.get('set-cookie')?.split(';')[0]
  if (!response.ok || cookie === undefined) throw new Error(`${username} could not sign in`)
  return cookie
}
