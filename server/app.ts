// Builds the HTTP application from a context: plugins first, then each module's routes.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import AjvCompiler, { type BuildCompilerFromPool, type RouteDefinition } from '@fastify/ajv-compiler'
import cookie from '@fastify/cookie'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import type { AppContext } from './context'
import { registerConsole } from './platform/http/console'
import { errorBodyOf, registerErrorHandling } from './platform/http/error-handler'
import { registerHealth } from './platform/http/health'
import { installBoundedDateFormats, registerTextRefusals } from './platform/http/input-rules'
import { registerJsonBody } from './platform/http/json-body'
import { registerMetrics } from './platform/http/metrics'
import { registerPrincipalResolution } from './platform/http/principal'
import { registerPrivateAnswers } from './platform/http/private-answers'
import { registerRateLimits } from './platform/http/rate-limits'
import { registerSameOriginChecks } from './platform/http/same-origin'
import { registerSecurityHeaders } from './platform/http/security-headers'
import { withOptionalNoBodies } from './platform/http/schemas'
import { registerUploads } from './platform/http/uploads'
import { registerIdempotency } from './platform/idempotency/idempotency.plugin'
import { randomBytesFromPool } from './platform/ids'

const ajvOptions = {
  removeAdditional: false,
  coerceTypes: 'array',
  useDefaults: true,
  allErrors: true,
} as const

/**
 * Query strings, parameters and headers arrive as text, so their numbers and booleans are read from it; a JSON body
 * is taken as sent: "1" where a number belongs is refused, never coerced.
 */
function buildValidators(externalSchemas: Parameters<BuildCompilerFromPool>[0]) {
  const onCreate = installBoundedDateFormats
  const fromText = AjvCompiler()(externalSchemas, { customOptions: { ...ajvOptions }, onCreate })
  const asSent = AjvCompiler()(externalSchemas, {
    customOptions: { ...ajvOptions, coerceTypes: false },
    onCreate,
  })
  return (route: RouteDefinition) => (route.httpPart === 'body' ? asSent(route) : fromText(route))
}

/** a path parameter's longest text before its route validates it: the longest id is far shorter */
const paramLengthMax = 16_384

/** A URL Fastify cannot route (broken percent-encoding): refused as bad input, in the platform's error shape. */
function refuseUnroutable(_error: Error, request: FastifyRequest, reply: FastifyReply) {
  void reply.code(400).type('application/json; charset=utf-8').send(errorBodyOf(request, 'VALIDATION_FAILED'))
}

const consoleFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist')

/** `logStream`: where log lines go instead of stdout (a test reads them all). */
export async function buildApp(
  context: AppContext,
  options: { logStream?: { write(line: string): void } } = {},
): Promise<FastifyInstance> {
  const { config } = context
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            ...(options.logStream !== undefined ? { stream: options.logStream } : {}),
          },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => `req_${Buffer.from(randomBytesFromPool(8)).toString('hex')}`,
    ajv: { customOptions: ajvOptions },
    schemaController: { compilersFactory: { buildValidator: buildValidators } },
    return503OnClosing: true,
    // ids longer than Fastify's default 100 characters reach each route's own validation (the header limit bounds
    // the URL), and a URL Fastify cannot route (broken percent-encoding) is refused in the platform's error shape
    routerOptions: { maxParamLength: paramLengthMax },
    frameworkErrors: refuseUnroutable,
  })
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id)
    return payload
  })

  registerErrorHandling(app)
  await app.register(cookie)
  await registerUploads(app)
  // after uploads, whose parts become the body this checks
  registerJsonBody(app)
  registerTextRefusals(app)
  // Request decorators and hooks come before any plugin that opens its own context (swagger-ui does).
  registerSameOriginChecks(app, { publicOrigin: config.publicOrigin })
  registerPrincipalResolution(app, context.identity)
  // after principal resolution: a signed-in caller is counted as themself
  await registerRateLimits(app, config.rateLimits)
  registerPrivateAnswers(app)
  registerIdempotency(app, context.database.db)
  registerMetrics(app, {
    db: context.database.db,
    metrics: context.moduleList.flatMap((module) => module.metrics ?? []),
  })
  registerSecurityHeaders(app)
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'G60 Corridor Platform API',
        version: '0.1.0',
        description:
          'Shared services of the G60 Sci-Tech Innovation Corridor. Errors carry a stable `code`; every mutating ' +
          'request accepts an `Idempotency-Key` header. Sign in with POST /api/auth/login (cookie) or send ' +
          '`Authorization: Bearer <token>`.',
        license: { name: 'Apache License 2.0', identifier: 'Apache-2.0' },
      },
      // Relative, so the document is right on every host it is served from (the demo, a city's test system, production).
      servers: [{ url: '/', description: 'The platform that serves this document' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'g60_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transformObject: (document) =>
      'openapiObject' in document ? withOptionalNoBodies(document.openapiObject) : document.swaggerObject,
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })

  registerHealth(app, context.database, config.mode)
  for (const module of context.moduleList) module.registerRoutes?.(app)

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  await registerConsole(app, { distFolder: consoleFolder })

  return app
}
