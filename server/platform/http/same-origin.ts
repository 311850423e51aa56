// Cross-site request forgery: a browser attaches the session cookie to a request another site makes it send, so a
// mutation that the cookie authenticates must come from the platform's own pages. Browsers say where a request comes
// from (Origin, and Sec-Fetch-Site in current ones); a foreign or cross-site one is refused with CROSS_SITE_REQUEST.
// A form or a "simple" fetch from another site can only send text/plain, urlencoded or multipart bodies without a
// preflight, so such a mutation must also send JSON (multipart on the routes that take files), or it is refused
// with UNSUPPORTED_MEDIA_TYPE. Bearer-token and cookie-less clients send neither header and are not concerned.
//
// The platform's origin is config.publicOrigin, and also the origin the request itself was addressed to (its Host,
// or X-Forwarded-Host/-Proto when the proxy is trusted): the demo is reached at whatever address the machine has on
// the LAN. A foreign page cannot choose the Host a victim's browser sends with the platform's cookie, and a page that
// rebinds its own name to the platform's address gets its own cookies, not the platform's.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError } from '../errors'
import { sessionCookieName } from './principal'

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** what a browser says of a request from the platform's own pages, or typed by the user (a bookmark, the address bar) */
const sameSiteFetches = new Set(['same-origin', 'none'])
/** the sign-in sets the cookie: a forged sign-in would put the victim in the attacker's account */
const signInUrl = '/api/auth/login'
const jsonType = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i
const multipartType = /^multipart\/form-data\s*(?:;|$)/i

function cookieAuthenticated(request: FastifyRequest): boolean {
  if (request.headers.authorization?.startsWith('Bearer ') === true) return false
  const session = request.cookies[sessionCookieName]
  return (session !== undefined && session !== '') || request.routeOptions.url === signInUrl
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length']
  return (
    request.headers['content-type'] !== undefined ||
    request.headers['transfer-encoding'] !== undefined ||
    (length !== undefined && length !== '0')
  )
}

export function registerSameOriginChecks(app: FastifyInstance, options: { publicOrigin: string }) {
  app.addHook('onRequest', async (request) => {
    if (!mutatingMethods.has(request.method) || !request.url.startsWith('/api/')) return
    if (!cookieAuthenticated(request)) return
    const origin = request.headers.origin
    if (
      origin !== undefined &&
      origin !== options.publicOrigin &&
      origin !== `${request.protocol}://${request.host}`
    ) {
      throw new AppError('CROSS_SITE_REQUEST', { origin })
    }
    const fetchSite = request.headers['sec-fetch-site']
    if (fetchSite !== undefined && !sameSiteFetches.has(fetchSite)) {
      throw new AppError('CROSS_SITE_REQUEST', { fetchSite })
    }
    if (!hasBody(request)) return
    const contentType = request.headers['content-type'] ?? ''
    const takesFiles = request.routeOptions.config.uploads === true
    if (!jsonType.test(contentType) && !(takesFiles && multipartType.test(contentType))) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
        expected: takesFiles ? 'multipart/form-data' : 'application/json',
      })
    }
  })
}
