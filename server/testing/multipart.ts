// A multipart/form-data request as a browser sends it, built by the platform's own FormData and Response (undici),
// for app.inject: the JSON field `application` and one file part a material.
import type { TestApp } from './app'

export interface TestFile {
  field: string
  fileName: string
  contentType: string
  content: Buffer
}

/** A small file of a kind, by its first bytes, as a material's upload would be. */
export const testFiles = {
  pdf: (field: string, size = 64): TestFile => ({
    field,
    fileName: `${field}.pdf`,
    contentType: 'application/pdf',
    content: Buffer.concat([
      Buffer.from('%PDF-1.4\n% test material\n'),
      Buffer.alloc(Math.max(0, size - 25), 0x20),
    ]),
  }),
  png: (field: string): TestFile => ({
    field,
    fileName: `${field}.png`,
    contentType: 'image/png',
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  }),
}

export async function multipart(application: unknown, files: readonly TestFile[]) {
  const form = new FormData()
  form.append('application', JSON.stringify(application))
  for (const file of files)
    form.append(file.field, new Blob([file.content], { type: file.contentType }), file.fileName)
  const response = new Response(form)
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? '',
  }
}

export async function sendMultipart(
  testApp: TestApp,
  url: string,
  cookie: string,
  application: unknown,
  files: readonly TestFile[],
  headers: Record<string, string> = {},
) {
  const body = await multipart(application, files)
  return testApp.app.inject({
    method: 'POST',
    url,
    headers: { ...headers, cookie, 'content-type': body.contentType },
    payload: body.payload,
  })
}
