import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerConsole } from './console'
import { registerErrorHandling } from './error-handler'

async function consoleApp(distFolder: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false })
  registerErrorHandling(app)
  app.get('/api/health', async () => ({ status: 'ok' }))
  app.get('/docs', async () => 'docs')
  await registerConsole(app, { distFolder })
  await app.ready()
  return app
}

describe('the console is served by the platform', () => {
  let parent: string
  let folder: string
  let app: FastifyInstance

  beforeAll(async () => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-console-'))
    folder = path.join(parent, 'dist')
    fs.mkdirSync(path.join(folder, 'assets'), { recursive: true })
    fs.writeFileSync(path.join(parent, 'secret.txt'), 'not for the browser')
    fs.writeFileSync(path.join(folder, 'index.html'), '<!doctype html><div id="root"></div>')
    fs.writeFileSync(path.join(folder, 'assets', 'index-AbC123.js'), 'console.log(1)')
    fs.writeFileSync(path.join(folder, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    app = await consoleApp(folder)
  })

  afterAll(async () => {
    await app.close()
    fs.rmSync(parent, { recursive: true, force: true })
  })

  it('answers / and every deep link with index.html, revalidated on each visit', async () => {
    for (const url of ['/', '/firms/firm_123', '/admin/users?x=1', '/login']) {
      const response = await app.inject({ method: 'GET', url })
      expect(response.statusCode, url).toBe(200)
      expect(response.headers['content-type']).toContain('text/html')
      expect(response.headers['cache-control']).toBe('no-cache')
      expect(response.body).toContain('<div id="root">')
    }
  })

  it('caches hashed assets for a year', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('javascript')
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('serves other files of the build folder', async () => {
    const response = await app.inject({ method: 'GET', url: '/favicon.svg' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('image/svg+xml')
  })

  it('keeps the JSON 404 of unknown API paths, missing assets and paths that try to leave the folder', async () => {
    for (const url of [
      '/api/nothing-here',
      '/api',
      '/metrics/x',
      '/docs/nothing-here',
      '/assets/missing.js',
      '/assets/..%2f..%2fsecret.txt',
    ]) {
      const response = await app.inject({ method: 'GET', url })
      expect(response.statusCode, url).toBe(404)
      expect(response.json().error.code, url).toBe('NOT_FOUND')
    }
    const post = await app.inject({ method: 'POST', url: '/firms', payload: {} })
    expect(post.statusCode).toBe(404)
  })

  it('never serves a file outside the build folder', async () => {
    for (const url of [
      '/assets/../../secret.txt',
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
    ]) {
      const response = await app.inject({ method: 'GET', url })
      expect(response.body, url).not.toContain('not for the browser')
    }
  })

  it('leaves the API and the docs to their own routes', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' })
    expect((await app.inject({ method: 'GET', url: '/docs' })).body).toBe('docs')
  })

  it('says so when the console has not been built', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-console-empty-'))
    const bare = await consoleApp(empty)
    try {
      const response = await bare.inject({ method: 'GET', url: '/firms' })
      expect(response.statusCode).toBe(503)
      expect(response.body).toContain('npm run build:console')
    } finally {
      await bare.close()
      fs.rmSync(empty, { recursive: true, force: true })
    }
  })
})
