import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { registerSecurityHeaders } from './security-headers'

describe('security headers', () => {
  it('sends helmet’s headers with the console’s policy on every response, found or not', async () => {
    const app = Fastify({ logger: false })
    registerSecurityHeaders(app)
    app.get('/api/health', async () => ({ status: 'ok' }))
    await app.ready()
    try {
      for (const url of ['/api/health', '/nowhere']) {
        const response = await app.inject({ method: 'GET', url })
        const policy = String(response.headers['content-security-policy'])
        expect(policy).toContain("default-src 'self'")
        expect(policy).toContain("style-src 'self' 'unsafe-inline'")
        expect(policy).toContain("img-src 'self' data:")
        expect(policy).not.toContain('upgrade-insecure-requests')
        expect(response.headers['x-content-type-options']).toBe('nosniff')
        expect(response.headers['x-frame-options']).toBe('SAMEORIGIN')
        expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d+/)
        expect(response.headers['x-powered-by']).toBeUndefined()
      }
    } finally {
      await app.close()
    }
  })
})
