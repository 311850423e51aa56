// Maps every failure to one JSON shape; unknown failures are bugs, logged (without what they carry) and answered as 500.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { transientSqlStateOf } from '../../db/transient'
import { AppError, errorMessage, languageFrom } from '../errors'
import { loggableError } from './loggable-error'

const fastifyCodes: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  // @fastify/multipart (platform/http/uploads.ts)
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FIELDS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PROTO_VIOLATION: 'VALIDATION_FAILED',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
}

/** The JSON body of an error answer: its stable code, the message in the caller's language, the request's id. */
export function errorBodyOf(request: FastifyRequest, code: string, details?: unknown) {
  const language = languageFrom(request.headers['accept-language'])
  return {
    error: {
      code,
      message: errorMessage(code, language),
      requestId: String(request.id),
      ...(details !== undefined ? { details } : {}),
    },
  }
}

function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: string,
  status: number,
  details?: unknown,
) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(errorBodyOf(request, code, details))
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && 'code' in error
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: unknown, request, reply) => {
    if (error instanceof AppError) {
      // a refusal that says how long to wait says it in the header as well as in the body
      const retryAfterSeconds = error.details?.retryAfterSeconds
      if (typeof retryAfterSeconds === 'number') reply.header('retry-after', String(retryAfterSeconds))
      return sendError(request, reply, error.code, error.status, error.details)
    }
    // a deadlock or serialization failure that outlasted its retries (db/transient.ts): the client may try again
    if (transientSqlStateOf(error) !== null) {
      return sendError(request, reply, 'CONFLICT', 409, { reason: 'concurrent_change' })
    }
    if (isFastifyError(error) && error.validation !== undefined) {
      const problems = error.validation.slice(0, 20).map((issue) => ({
        where: error.validationContext ?? 'body',
        path: issue.instancePath || '/',
        rule: issue.keyword,
        message: issue.message ?? '',
        ...(issue.keyword === 'additionalProperties' ? { field: issue.params.additionalProperty } : {}),
      }))
      return sendError(request, reply, 'VALIDATION_FAILED', 400, { problems })
    }
    if (isFastifyError(error)) {
      const mapped = fastifyCodes[error.code]
      // the catalogue's status: the plugins' own differ (406 for a multipart request of another type)
      if (mapped !== undefined) return sendError(request, reply, mapped, new AppError(mapped).status)
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        request.log.warn({ error: loggableError(error) }, 'client error without a mapped code')
        return sendError(request, reply, 'VALIDATION_FAILED', error.statusCode)
      }
    }
    request.log.error({ error: loggableError(error) }, 'unhandled error')
    return sendError(request, reply, 'INTERNAL', 500)
  })

  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, 'NOT_FOUND', 404, { path: request.url }),
  )
}
