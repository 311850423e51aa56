// Files handed in with a request (multipart/form-data) on routes that take them (config: { uploads: true }): before
// validation the parts are read, bounded, into memory; the JSON field `application` becomes the body's
// `application`, and each file's name, type, size and SHA-256 the body's `files`, which the route's schema validates
// and the Idempotency-Key's request hash covers. The files' bytes go to the handler as request.uploads.
import { createHash } from 'node:crypto'
import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { AppError } from '../errors'

/** A request's uploads at most: parts, files, bytes of a file and of the JSON field. */
export const uploadLimits = {
  parts: 25,
  files: 20,
  fileBytes: 10 * 1024 * 1024,
  fieldBytes: 64 * 1024,
} as const
const applicationField = 'application'
const fieldNamePattern = /^[a-z][a-z0-9_]{0,60}$/

export interface Upload {
  field: string
  fileName: string
  contentType: string
  content: Buffer
}

declare module 'fastify' {
  interface FastifyRequest {
    /** the files of a route with uploads; null on every other route */
    uploads: Upload[] | null
  }
  interface FastifyContextConfig {
    /** the route takes multipart/form-data: a JSON field `application` and files (see uploads.ts) */
    uploads?: boolean
  }
}

/** What a route with uploads validates: its JSON part and its files' descriptions. */
export function UploadBody<Application extends Parameters<typeof Type.Object>[0]>(
  application: ReturnType<typeof Type.Object<Application>>,
) {
  return Type.Object(
    {
      application,
      files: Type.Array(
        Type.Object(
          {
            field: Type.String({ pattern: fieldNamePattern.source }),
            fileName: Type.String({ minLength: 1, maxLength: 255 }),
            contentType: Type.String({ maxLength: 200 }),
            sizeBytes: Type.Integer({ minimum: 0 }),
            sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
          },
          { additionalProperties: false },
        ),
        { maxItems: uploadLimits.files },
      ),
    },
    {
      additionalProperties: false,
      description: 'multipart/form-data: the JSON field `application` and the files',
    },
  )
}

function parseApplication(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new AppError('MALFORMED_JSON', { field: applicationField })
  }
}

/** Reads every part of a multipart request, within uploadLimits, into the body and request.uploads. */
async function readParts(request: FastifyRequest) {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart/form-data' })
  let application: unknown = undefined
  const uploads: Upload[] = []
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (
        part.fieldname !== applicationField ||
        typeof part.value !== 'string' ||
        application !== undefined
      ) {
        throw new AppError('VALIDATION_FAILED', {
          problems: [{ path: `/${part.fieldname}`, rule: 'unknown field' }],
        })
      }
      application = parseApplication(part.value)
      continue
    }
    if (!fieldNamePattern.test(part.fieldname) || uploads.some((upload) => upload.field === part.fieldname)) {
      throw new AppError('VALIDATION_FAILED', {
        problems: [{ path: `/files/${part.fieldname}`, rule: 'a unique file field' }],
      })
    }
    uploads.push({
      field: part.fieldname,
      fileName: part.filename,
      contentType: part.mimetype,
      content: await part.toBuffer(),
    })
  }
  request.uploads = uploads
  request.body = {
    application,
    files: uploads.map((upload) => ({
      field: upload.field,
      fileName: upload.fileName,
      contentType: upload.contentType,
      sizeBytes: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
    })),
  }
}

export async function registerUploads(app: FastifyInstance) {
  await app.register(multipart, {
    limits: {
      parts: uploadLimits.parts,
      files: uploadLimits.files,
      fileSize: uploadLimits.fileBytes,
      fieldSize: uploadLimits.fieldBytes,
      fields: 1,
      headerPairs: 200,
    },
    throwFileSizeLimit: true,
  })
  app.decorateRequest('uploads', null)
  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.config.uploads === true) await readParts(request)
  })
}
