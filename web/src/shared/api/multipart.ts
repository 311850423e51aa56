// Requests that carry files (multipart/form-data): a JSON field `application` and one part per file, each under a
// field name the application refers to. The server reads the parts before validation and checks the JSON part
// against the operation's schema, so the typed client still checks what the application holds.

/** A file to send, under its multipart field (`[a-z][a-z0-9_]*`); its name, size and date make the intent. */
export interface FilePart {
  field: string
  name: string
  sizeBytes: number
  lastModified: number
  file: Blob
}

/** The part of `file` sent under `field`. */
export function filePart(field: string, file: File): FilePart {
  return { field, name: file.name, sizeBytes: file.size, lastModified: file.lastModified, file }
}

/** The multipart body: the application as JSON first, then the files. */
export function formDataOf(application: unknown, files: readonly FilePart[]): FormData {
  const form = new FormData()
  form.append('application', JSON.stringify(application))
  for (const part of files) form.append(part.field, part.file, part.name)
  return form
}

/**
 * openapi-fetch's options for a multipart operation: the typed JSON part (the generated schema describes the body
 * as the server validates it, with the files' descriptions the server derives itself) and a serializer that sends
 * the FormData instead; the browser sets the content type and its boundary.
 */
export function multipart<Application>(application: Application, files: readonly FilePart[]) {
  return {
    body: { application, files: [] },
    bodySerializer: () => formDataOf(application, files),
  }
}
