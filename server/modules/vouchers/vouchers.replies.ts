// Replies the module's routes share: a file sent as an attachment (deliverables, exports).
import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import type { ExportFile } from './settlements.service'

export const FileResponse = Type.String({ description: 'The file itself' })

export function sendFile(
  reply: FastifyReply,
  file: ExportFile | { fileName: string; contentType: string; body: Uint8Array },
) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body))
}
