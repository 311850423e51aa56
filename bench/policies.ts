// npm run bench -- policies: the corridor run (every item in force × every firm of the full demo corridor, 29,000) on
// PostgreSQL and on PGlite, through the server's job queue as the office's "run now" starts it, with a console read
// (GET /api/policies) measured under light load while the run goes on and, as its peer, before it; and the calculator's
// latency over HTTP at 32 connections, with GET /api/health as the peer in the same run.
//
// Three runs each: a first run (every firm's current decisions cleared, as on the day matching starts: every
// qualification is written, every newly qualified firm told), a steady run (nothing changed: every rule evaluated for
// every firm, nothing written), and a run after ten items' rules changed from today (their qualified firms'
// decisions written again). See docs/BENCHMARKS.md.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import autocannon from 'autocannon'
import { sql } from 'drizzle-orm'
import { loadConfig } from '../server/config'
import { openPglite, openPostgres, type DatabaseHandle } from '../server/db/client'
import { shanghaiDateOf } from '../server/platform/calendar'
import {
  benchEnvironment,
  host,
  loadDurationSeconds,
  loadSummary,
  signIn,
  postEachInTurn,
  startServer,
  stopServer,
  waitForIdleJobs,
  withFreshPostgresDatabase,
  type Server,
} from './server'

const connections = 32
const consoleConnections = 4
const warmUpSeconds = 2
const runTimeoutMs = 30 * 60 * 1000
const changedItems = 10

const progress = (message: string) => process.stderr.write(`  policies: ${message}\n`)

async function call(port: number, cookie: string, method: string, url: string, body?: unknown) {
  const response = await fetch(`http://${host}:${port}${url}`, {
    method,
    headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`)
  return JSON.parse(text) as Record<string, unknown>
}

/** The console read under light load; stop() ends it early (the run finished). */
function consoleLoad(port: number, cookie: string, seconds: number) {
  let stop: () => void = () => undefined
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://${host}:${port}/api/policies?limit=20`,
        connections: consoleConnections,
        duration: seconds,
        headers: { cookie },
      },
      (error, finished) => (error === null || error === undefined ? resolve(finished) : reject(error)),
    )
    stop = () => instance.stop()
  })
  return { result, stop: () => stop() }
}

/** A run started as the office starts one, timed until the job queue finishes it, the console read meanwhile. */
async function timedRun(server: Server, office: string) {
  const startedAtMs = performance.now()
  const run = await call(server.port, office, 'POST', '/api/policy-runs')
  const load = consoleLoad(server.port, office, runTimeoutMs / 1000)
  let finished: Record<string, unknown> | undefined
  while (performance.now() - startedAtMs < runTimeoutMs) {
    const runs = (await call(server.port, office, 'GET', '/api/policy-runs')).items as Record<
      string,
      unknown
    >[]
    finished = runs.find((found) => found.id === run.id && found.status === 'finished')
    if (finished !== undefined) break
    await sleep(200)
  }
  const seconds = (performance.now() - startedAtMs) / 1000
  load.stop()
  const during = loadSummary(await load.result)
  if (finished === undefined) throw new Error('the run did not finish in time')
  return {
    seconds: Math.round(seconds * 10) / 10,
    firms: finished.firmsDone,
    decisionsWritten: finished.decisionsWritten,
    newlyQualified: finished.newlyQualified,
    consoleReadDuringRun: during,
  }
}

/**
 * Ten auto items with the largest budgets whose rule took effect before today get a new version from today that
 * doubles their award (read and written over the API: a running PGlite server holds its database alone).
 */
async function changeRules(server: Server, office: string) {
  const today = shanghaiDateOf()
  const policies = (await call(server.port, office, 'GET', '/api/policies?limit=100')).items as {
    items: {
      id: string
      payoutMode: string
      budgetFen: number
      currentRule: { effectiveFrom: string } | null
    }[]
  }[]
  const chosen = policies
    .flatMap((policy) => policy.items)
    .filter((item) => item.payoutMode === 'auto' && item.budgetFen > 0)
    .filter((item) => item.currentRule !== null && item.currentRule.effectiveFrom < today)
    .sort((left, right) => right.budgetFen - left.budgetFen)
    .slice(0, changedItems)
  for (const { id } of chosen) {
    const item = (await call(server.port, office, 'GET', `/api/policy-items/${id}`)).item as Record<
      string,
      unknown
    >
    const rule = item.currentRule as { conditions: unknown[]; awardExpression: string }
    await call(server.port, office, 'POST', `/api/policy-items/${id}/rule-versions`, {
      conditions: rule.conditions,
      awardExpression: `(${rule.awardExpression}) * 2`,
      effectiveFrom: today,
      note: 'bench',
    })
  }
  return chosen.length
}

function calculatorLoad(port: number, seconds: number) {
  const year = Number(shanghaiDateOf().slice(0, 4))
  const bodies = ['HF', 'SZ', 'HZ', 'SH-SJ', 'WH'].map((cityCode, index) =>
    JSON.stringify({
      facts: {
        cityCode,
        isHighTech: true,
        highTechCertifiedYear: year - (index % 3),
        isTechSme: index % 2 === 0,
        staffCount: 40 + index * 30,
        revenueFen: 8_000_000_000 + index * 1_000_000_000,
        researchSpendFen: 600_000_000,
        rdIntensityPercent: 7.5,
        inventionPatents: 3 + index,
      },
    }),
  )
  return postEachInTurn(port, { path: '/api/policy-calculator', bodies, connections, seconds })
}

/** The engine's three runs and the calculator; `handle` opens the database while the server is stopped (PGlite). */
async function measureEngine(environment: Record<string, string>, handle: () => Promise<DatabaseHandle>) {
  let server = await startServer({ ...environment, LOG_LEVEL: 'warn' })
  const firstStartMs = Math.round(server.readyMs)
  try {
    await waitForIdleJobs(server)
    let office = await signIn(server.port, 'office')
    progress(`seeded and ready in ${firstStartMs} ms; the console read alone`)
    const consoleAlone = loadSummary(await consoleLoad(server.port, office, 10).result)
    progress('calculator, public facts, 32 connections')
    await calculatorLoad(server.port, warmUpSeconds)
    const calculator = loadSummary(await calculatorLoad(server.port, loadDurationSeconds))
    const health = loadSummary(
      await autocannon({
        url: `http://${host}:${server.port}/api/health`,
        connections,
        duration: loadDurationSeconds,
      }),
    )
    progress('a steady run: nothing changed')
    const steady = await timedRun(server, office)
    progress(`a run after ${changedItems} items' rules changed`)
    const changed = await changeRules(server, office)
    const afterChange = await timedRun(server, office)
    progress('a first run: every current decision cleared')
    await stopServer(server)
    const database = await handle()
    try {
      await database.db.execute(sql`DELETE FROM policy_current_decisions`)
    } finally {
      await database.close()
    }
    server = await startServer({ ...environment, LOG_LEVEL: 'warn' })
    await waitForIdleJobs(server)
    office = await signIn(server.port, 'office')
    const first = await timedRun(server, office)
    return {
      firstStartWithFullSeedMs: firstStartMs,
      consoleReadAlone: consoleAlone,
      calculator,
      healthPeer: health,
      calculatorPerHealthCheck:
        Math.round((calculator.requestsPerSecond / Math.max(1, health.requestsPerSecond)) * 100) / 100,
      steadyRun: steady,
      runAfterRuleChanges: { itemsChanged: changed, ...afterChange },
      firstRun: first,
    }
  } finally {
    await stopServer(server)
  }
}

export async function benchmarkPolicies() {
  const postgres = await withFreshPostgresDatabase((url) =>
    measureEngine(benchEnvironment(url, 'full'), () => openPostgres(url)),
  )
  // each engine's figures as soon as they are measured: the other engine's part takes minutes more
  progress(`PostgreSQL: ${JSON.stringify(postgres)}`)
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-bench-policies-'))
  try {
    // no DATABASE_URL: the server opens PGlite in the data folder
    const environment = Object.fromEntries(
      Object.entries({ ...benchEnvironment('', 'full'), G60_DATA_DIR: dataDirectory }).filter(
        ([name]) => name !== 'DATABASE_URL',
      ),
    )
    const database = loadConfig(environment).database
    if (database.kind !== 'pglite') throw new Error('the PGlite bench has no DATABASE_URL')
    const pglite = await measureEngine(environment, () =>
      openPglite({ dataDirectory: database.dataDirectory }),
    )
    return { postgres, pglite }
  } finally {
    fs.rmSync(dataDirectory, { recursive: true, force: true })
  }
}
