// kill -9 of a server process under load, on both engines, then a restart on the same data: every acknowledged
// answer stands, every request whose answer was lost is retried under its key and acts at most once, and the money
// adds up. The load mixes orders (whose own statement writes the key) and one-fen appropriations (the generic key
// path), the two ways a key is kept.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { signIn, startServer, stopServer, withFreshPostgresDatabase, type Server } from '../bench/server'
import { schemeInput } from '../server/testing/factories'

/** requests in flight at once */
const clientCount = 12
/** the server is killed once this many answers have come back (or at the deadline below) */
const answersBeforeKill = 250
const loadBeforeKillMsMax = 20_000
const killsPerEngine = 2
const requestTimeoutMs = 30_000
const pageSizeMax = 100
const pagesMax = 200
/** a ¥2 product the voucher pays ¥1 of: a ¥20,000 voucher outlasts every order sent here */
const productPriceFen = 2_00
const voucherShareFen = 1_00
const voucherAmountFen = 20_000_00

type Json = Record<string, unknown>

interface Keyed {
  key: string
  kind: 'order' | 'appropriation'
  url: string
  body: Json
}

interface Answer {
  status: number
  body: Json
}

/** Status and the record it names (an order or an appropriation), or the refusal's code. */
function identityOf(answer: Answer): string {
  const { body } = answer
  const named =
    typeof body.appropriation === 'object' && body.appropriation !== null
      ? (body.appropriation as Json)
      : body
  return answer.status < 300
    ? `${answer.status} ${String(named.id)}`
    : `${answer.status} ${String(body.code)}`
}

class Client {
  constructor(
    public port: number,
    private readonly cookies: Record<string, string>,
  ) {}

  async request(username: string, method: string, url: string, body?: Json, key?: string): Promise<Answer> {
    const cookie = this.cookies[username]
    if (cookie === undefined) throw new Error(`${username} is not signed in`)
    const response = await fetch(`http://127.0.0.1:${this.port}${url}`, {
      method,
      headers: {
        cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(key === undefined ? {} : { 'idempotency-key': key }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(requestTimeoutMs),
    })
    const text = await response.text()
    return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Json) }
  }

  async ok(username: string, method: string, url: string, body?: Json): Promise<Json> {
    const answer = await this.request(
      username,
      method,
      url,
      body,
      body === undefined ? undefined : randomUUID(),
    )
    if (answer.status >= 300)
      throw new Error(`${method} ${url} answered ${answer.status}: ${JSON.stringify(answer.body)}`)
    return answer.body
  }
}

interface Story {
  schemeId: string
  voucherId: string
  productId: string
}

/** A scheme, a voucher of the Songjiang demo firm under it, and a cheap product of the Suzhou demo provider. */
async function tellStory(client: Client): Promise<Story> {
  const scheme = await client.ok(
    'officer.sh',
    'POST',
    '/api/voucher-schemes',
    schemeInput('SH-SJ', {
      nameZh: '故障注入创新券',
      nameEn: 'Fault injection voucher',
      claimCapFen: voucherAmountFen,
      firmYearCapFen: voucherAmountFen,
      firmTotalCapFen: voucherAmountFen,
    }),
  )
  const schemeId = String(scheme.id)
  await client.ok('officer.sh', 'POST', `/api/voucher-schemes/${schemeId}/appropriations`, {
    amountFen: 1_000_000_00,
    documentReference: '沪财〔2026〕9号',
  })
  const claim = await client.ok('firm.sh', 'POST', '/api/voucher-claims', {
    schemeId,
    requestedAmountFen: voucherAmountFen,
    purpose: 'Reliability testing under faults',
  })
  const decision = await client.ok(
    'officer.sh',
    'POST',
    `/api/voucher-claims/${String(claim.id)}/approve`,
    {},
  )
  const product = await client.ok('provider.sz', 'POST', '/api/service-products', {
    category: 'testing',
    nameZh: '故障注入测试',
    nameEn: 'Fault injection testing',
    descriptionZh: '断电与重启下的可靠性测试',
    descriptionEn: 'Reliability testing across power loss and restarts',
    priceFen: productPriceFen,
    priceUnit: 'per_service',
  })
  return { schemeId, voucherId: String((decision.voucher as Json).id), productId: String(product.id) }
}

function nextRequest(story: Story, sequence: number): Keyed {
  const key = randomUUID()
  // one in five: a one-fen appropriation, whose key the generic path keeps
  if (sequence % 5 === 4)
    return {
      key,
      kind: 'appropriation',
      url: `/api/voucher-schemes/${story.schemeId}/appropriations`,
      body: { amountFen: 1, documentReference: `faults-${sequence}` },
    }
  return {
    key,
    kind: 'order',
    url: '/api/voucher-orders',
    body: { voucherId: story.voucherId, productId: story.productId },
  }
}

interface Ledger {
  /** every key's first answer */
  answered: Map<string, { request: Keyed; identity: string }>
  /** requests sent whose answer never came back */
  lost: Keyed[]
}

function usernameOf(request: Keyed) {
  return request.kind === 'order' ? 'firm.sh' : 'officer.sh'
}

/** Sends a keyed request and keeps its answer as the key's: never a 5xx. */
async function sendAndRecord(client: Client, ledger: Ledger, request: Keyed) {
  const answer = await client.request(usernameOf(request), 'POST', request.url, request.body, request.key)
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500)
  ledger.answered.set(request.key, { request, identity: identityOf(answer) })
}

/** Sends load until killed: `clientCount` loops, each stops at its first lost answer. */
async function loadUntilKilled(client: Client, story: Story, ledger: Ledger, server: Server) {
  let sequence = 0
  let answeredHere = 0
  const startedMs = Date.now()
  let killed = false
  const kill = () => {
    if (killed) return
    killed = true
    server.child.kill('SIGKILL')
  }
  const deadline = setTimeout(kill, loadBeforeKillMsMax)
  const loop = async () => {
    for (let index = 0; index < 100_000; index++) {
      const request = nextRequest(story, sequence++)
      try {
        await sendAndRecord(client, ledger, request)
        answeredHere += 1
        if (answeredHere >= answersBeforeKill) kill()
      } catch (error) {
        if (!killed) throw error
        ledger.lost.push(request)
        return
      }
    }
  }
  await Promise.all(Array.from({ length: clientCount }, loop))
  clearTimeout(deadline)
  await new Promise((resolve) =>
    server.child.exitCode === null && server.child.signalCode === null
      ? server.child.once('exit', resolve)
      : resolve(null),
  )
  return { answeredHere, loadMs: Date.now() - startedMs }
}

/** Every record the list at `url` holds, page after page. */
async function listAll(client: Client, url: string): Promise<Json[]> {
  const items: Json[] = []
  let cursor: string | null = null
  for (let page = 0; page < pagesMax; page++) {
    const separator = url.includes('?') ? '&' : '?'
    const pageUrl: string = `${url}${separator}limit=${pageSizeMax}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`
    const body = await client.ok('office', 'GET', pageUrl)
    items.push(...(body.items as Json[]))
    cursor = (body.nextCursor as string | null | undefined) ?? null
    if (cursor === null) return items
  }
  throw new Error(`${url} has more than ${pagesMax} pages`)
}

/** What the database holds agrees with every answer given: the orders and appropriations acknowledged, no others. */
async function checkAgainstAnswers(
  client: Client,
  story: Story,
  ledger: Ledger,
  appropriatedBeforeFen: number,
) {
  const acknowledged = (kind: Keyed['kind']) =>
    new Set(
      [...ledger.answered.values()]
        .filter((entry) => entry.request.kind === kind && entry.identity.startsWith('201 '))
        .map((entry) => entry.identity.slice(4)),
    )
  const orderIds = (await listAll(client, `/api/voucher-orders?voucher=${story.voucherId}`)).map((order) =>
    String(order.id),
  )
  expect(orderIds.length).toBe(new Set(orderIds).size)
  expect(new Set(orderIds)).toEqual(acknowledged('order'))

  const appropriations = await listAll(client, `/api/voucher-schemes/${story.schemeId}/appropriations`)
  const oneFen = appropriations
    .filter((appropriation) => appropriation.amountFen === 1)
    .map((appropriation) => String(appropriation.id))
  expect(new Set(oneFen)).toEqual(acknowledged('appropriation'))

  const voucher = await client.ok('firm.sh', 'GET', `/api/vouchers/${story.voucherId}`)
  expect(voucher).toMatchObject({ reservedFen: orderIds.length * voucherShareFen })
  const scheme = await client.ok('officer.sh', 'GET', `/api/voucher-schemes/${story.schemeId}`)
  expect((scheme.budget as Json).appropriatedFen).toBe(appropriatedBeforeFen + oneFen.length)
  const verification = await client.ok('office', 'GET', '/api/voucher-ledger/verification')
  expect(verification.firstViolation ?? null).toBe(null)
  expect(verification.ok).toBe(true)
}

async function signInAll(port: number): Promise<Record<string, string>> {
  const cookies: Record<string, string> = {}
  for (const username of ['office', 'officer.sh', 'firm.sh', 'provider.sz'])
    cookies[username] = await signIn(port, username)
  return cookies
}

/** Load, kill -9, restart on the same data, retry what was lost, check; `killsPerEngine` times. */
async function killAndRecover(environment: Record<string, string>) {
  let server = await startServer(environment)
  const cookies = await signInAll(server.port)
  const client = new Client(server.port, cookies)
  const story = await tellStory(client)
  const appropriatedBeforeFen = Number(
    ((await client.ok('officer.sh', 'GET', `/api/voucher-schemes/${story.schemeId}`)).budget as Json)
      .appropriatedFen,
  )
  const ledger: Ledger = { answered: new Map(), lost: [] }
  const figures: string[] = []
  try {
    for (let kill = 1; kill <= killsPerEngine; kill++) {
      const { answeredHere, loadMs } = await loadUntilKilled(client, story, ledger, server)
      expect(answeredHere).toBeGreaterThan(0)
      server = await startServer(environment)
      client.port = server.port
      // the sessions are in the database: they outlive the process
      const lost = ledger.lost.splice(0)
      for (const request of lost) await sendAndRecord(client, ledger, request)
      figures.push(`kill ${kill}: ${answeredHere} answered in ${loadMs} ms, ${lost.length} lost and retried`)
      await checkAgainstAnswers(client, story, ledger, appropriatedBeforeFen)
    }
    // every key answers again as it first did, after the kills
    for (const [key, { request, identity }] of ledger.answered) {
      const answer = await client.request(usernameOf(request), 'POST', request.url, request.body, key)
      expect(identityOf(answer), `the replay under ${key}`).toBe(identity)
    }
    return figures
  } finally {
    await stopServer(server)
  }
}

describe('kill -9 under load, then a restart on the same data', () => {
  const folders: string[] = []
  afterAll(() => {
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true })
  })

  const quiet = { G60_MODE: 'demo', G60_SEED_SIZE: 'small', LOG_LEVEL: 'silent' }

  it('keeps every acknowledged answer and acts once per retried key, on PostgreSQL', async () => {
    const figures = await withFreshPostgresDatabase((url) => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-faults-'))
      folders.push(folder)
      return killAndRecover({ ...quiet, DATABASE_URL: url, G60_DATA_DIR: folder })
    })
    console.info(`PostgreSQL: ${figures.join('; ')}`)
  })

  it('keeps every acknowledged answer and acts once per retried key, on PGlite', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-faults-'))
    folders.push(folder)
    const figures = await killAndRecover({ ...quiet, G60_DATA_DIR: folder })
    console.info(`PGlite: ${figures.join('; ')}`)
  })
})
