// Helmet's security headers on every response. The headers do not depend on the request, so they are computed once
// at start: @fastify/helmet built helmet's middleware again for each request, re-parsing the policy every time.
import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'

const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      // Served over plain http on a LAN address, an upgrade would break the console; TLS is the proxy's job.
      upgradeInsecureRequests: null,
    },
  },
})

/** Runs helmet's middleware once against a response that is never sent, and keeps the headers it set. */
function computeSecurityHeaders(): Record<string, string> {
  const response = new ServerResponse(new IncomingMessage(new Socket()))
  securityHeaders(response.req, response, (error?: unknown) => {
    if (error !== undefined && error !== null) throw error
  })
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value)
  }
  return headers
}

export function registerSecurityHeaders(app: FastifyInstance) {
  const headers = computeSecurityHeaders()
  if (headers['content-security-policy'] === undefined)
    throw new Error('helmet set no content security policy')
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers)
    done()
  })
}
