import { describe, expect, it } from 'vitest'
import { filePart, formDataOf, multipart } from './multipart'

describe('a request that carries files', () => {
  const file = new File(['%PDF-1.4 test'], '申请书.pdf', { type: 'application/pdf' })
  const application = {
    itemCode: 'G60-SHSJ-SCI-001',
    materials: [{ code: 'application_form', source: 'upload', file: 'application_form' }],
  }

  it('sends the application as JSON and each file under its field, with its name', async () => {
    const form = formDataOf(application, [filePart('application_form', file)])
    expect([...form.keys()]).toEqual(['application', 'application_form'])
    expect(JSON.parse(String(form.get('application')))).toEqual(application)
    const sent = form.get('application_form')
    expect(sent).toBeInstanceOf(File)
    expect(sent instanceof File ? [sent.name, await sent.text()] : null).toEqual([
      '申请书.pdf',
      '%PDF-1.4 test',
    ])
  })

  it('gives openapi-fetch the typed JSON part and a serializer that sends the form instead', () => {
    const options = multipart(application, [filePart('application_form', file)])
    expect(options.body).toEqual({ application, files: [] })
    expect(options.bodySerializer()).toBeInstanceOf(FormData)
  })

  it('describes a file by its name, size and date, so that another file is another intent', () => {
    // a browser writes a File itself as {}: the intent (the mutation's variables as JSON) names it by these
    expect(JSON.parse(JSON.stringify(filePart('application_form', file)))).toMatchObject({
      field: 'application_form',
      name: '申请书.pdf',
      sizeBytes: 13,
      lastModified: file.lastModified,
    })
  })
})
