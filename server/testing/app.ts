// An application on a fresh database, driven with app.inject(); small demo data unless told otherwise.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll } from 'vitest'
import { buildApp } from '../app'
import { loadConfig } from '../config'
import { buildContext, prepareContext, type AppContext } from '../context'
import { openPostgres } from '../db/client'
import { createTestDatabase, type TestDatabase } from './database'
import { seedSettings, testAppEnvironment } from './templates'

export interface TestApp {
  app: FastifyInstance
  context: AppContext
  database: TestDatabase
  /** signs a demo account in and returns its cookie header */
  signIn(username: string, password?: string): Promise<string>
  /**
   * Another server process on the same PostgreSQL database: its own pool, caches and group commits. Requests spread
   * over processes race on separate connections, as they do behind a load balancer.
   */
  openSibling(): Promise<TestSibling>
  close(): Promise<void>
}

export interface TestSibling {
  app: FastifyInstance
  close(): Promise<void>
}

/** connections of a sibling process's pool */
const siblingPoolSizeMax = 4

export interface TestAppOptions {
  seed?: boolean
  environment?: Record<string, string>
  /** where the app's log lines go (with LOG_LEVEL set in environment): a test that reads them */
  logStream?: { write(line: string): void }
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const seed = options.seed ?? true
  const environment = options.environment ?? {}
  // the seeded template holds exactly what the default configuration seeds
  const seededAsTemplate = seed && seedSettings.every((setting) => environment[setting] === undefined)
  const database = await createTestDatabase({ template: seededAsTemplate ? 'seeded' : 'migrated' })
  const config = loadConfig({ ...testAppEnvironment, ...environment })
  const context = buildContext(config, database)
  await prepareContext(context, { seedWhenEmpty: seed })
  const app = await buildApp(context, options.logStream !== undefined ? { logStream: options.logStream } : {})
  await app.ready()
  return {
    app,
    context,
    database,
    async signIn(username, password = 'g60-demo') {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      })
      if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`)
      const cookie = response.cookies.find((candidate) => candidate.name === 'g60_session')
      if (cookie === undefined) throw new Error('no session cookie')
      return `g60_session=${cookie.value}`
    },
    async openSibling() {
      if (database.url === null) throw new Error('a sibling process needs a PostgreSQL database')
      // a small pool: a race test opens three siblings beside its app, and another test file may do the same at once,
      // all within the server's 100 connections (a batch needs one; 20 each once refused clients and failed a race)
      const siblingContext = buildContext(
        config,
        await openPostgres(database.url, { poolSizeMax: siblingPoolSizeMax }),
      )
      const siblingApp = await buildApp(siblingContext)
      await siblingApp.ready()
      return {
        app: siblingApp,
        async close() {
          await siblingApp.close()
          await siblingContext.close()
        },
      }
    },
    async close() {
      await app.close()
      // The context's own close: it stops the job worker, lets the search picture settle and closes the database.
      await context.close()
    },
  }
}

/**
 * The test app of a file (or of a describe block): made before its tests and closed after them. It can be named where
 * the file starts; its members are read from the app once made.
 */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  let made: TestApp | undefined
  beforeAll(async () => {
    made = await createTestApp(options)
  })
  afterAll(async () => made?.close())
  const current = () => {
    if (made === undefined) throw new Error('the test app is made before the tests run (beforeAll)')
    return made
  }
  return {
    get app() {
      return current().app
    },
    get context() {
      return current().context
    },
    get database() {
      return current().database
    },
    signIn: (username, password) => current().signIn(username, password),
    openSibling: () => current().openSibling(),
    close: () => current().close(),
  }
}

export function errorCode(response: LightMyRequestResponse): string | undefined {
  const body: unknown = response.json()
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = body.error
    if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
      return error.code
  }
  return undefined
}
