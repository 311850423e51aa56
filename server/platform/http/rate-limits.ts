// Request rate limits (@fastify/rate-limit) on the public firm search and on every write: per signed-in user, or per
// client address for anonymous callers, counted in this process's memory over a one-minute window. Behind a load
// balancer each process counts its own share, and the client address is the proxy's unless G60_TRUST_PROXY is set.
// Sign-in has its own limits in the database (identity/sign-in-limits.ts), which hold across processes.
import rateLimit, { normalizeIP } from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify'
import { AppError } from '../errors'

export interface RateLimits {
  /** requests a caller may send to the firm search per minute; 0 turns the limit off */
  searchPerMinute: number
  /** writes (POST, PUT, PATCH, DELETE under /api) a caller may send per minute; 0 turns the limit off */
  writesPerMinute: number
}

/** The searches anyone may run without signing in, by method and route. */
export const publicSearchRoutes: ReadonlySet<string> = new Set(['GET /api/firms'])

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const windowMs = 60_000
/** callers remembered per limit; the oldest is forgotten first */
const callersMax = 50_000
/** IPv6 clients usually hold a whole /64: its addresses count as one */
const ipv6PrefixLength = 64

/** The client's address as the limits count it. */
export function clientAddress(request: FastifyRequest): string {
  return normalizeIP(request.ip, ipv6PrefixLength)
}

/** A signed-in caller counts as themself wherever they connect from; anyone else by address. */
function callerKey(request: FastifyRequest): string {
  return request.principal !== null ? `user:${request.principal.userId}` : `address:${clientAddress(request)}`
}

function methodsOf(route: RouteOptions): string[] {
  return Array.isArray(route.method) ? route.method : [route.method]
}

/** Registers the limits; call it after principal resolution and before any route. */
export async function registerRateLimits(app: FastifyInstance, limits: RateLimits) {
  if (limits.searchPerMinute === 0 && limits.writesPerMinute === 0) return
  await app.register(rateLimit, {
    global: false,
    cache: callersMax,
    keyGenerator: callerKey,
    // the platform's error shape; the plugin has already set Retry-After and the x-ratelimit-* headers
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  })
  // one limiter (one count per caller) for all writes, one for the searches
  const limitWrites =
    limits.writesPerMinute > 0 ? app.rateLimit({ max: limits.writesPerMinute, timeWindow: windowMs }) : null
  const limitSearch =
    limits.searchPerMinute > 0 ? app.rateLimit({ max: limits.searchPerMinute, timeWindow: windowMs }) : null
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return
    const methods = methodsOf(route)
    const limiter = methods.some((method) => writeMethods.has(method))
      ? limitWrites
      : methods.some((method) => publicSearchRoutes.has(`${method} ${route.url}`))
        ? limitSearch
        : null
    if (limiter === null) return
    const existing = route.onRequest
    route.onRequest = [
      ...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]),
      limiter,
    ]
  })
}
