// A file sent as an attachment (a deliverable, a case's material, an export), with its name in UTF-8.
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'

export const FileResponse = Type.String({ description: 'The file itself' })

export interface SentFile {
  fileName: string
  contentType: string
  body: string | Uint8Array
}

export function sendFile(reply: FastifyReply, file: SentFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body))
}
