import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { apiDocumentPath, describeProblem, lintApiDocument, operationIdProblems } from './api-document-lint'

const testApp = useTestApp({ seed: false })

async function servedDocument(): Promise<string> {
  const response = await testApp.app.inject({ method: 'GET', url: apiDocumentPath })
  expect(response.statusCode).toBe(200)
  return response.body
}

describe('the OpenAPI document as integrators use it', () => {
  it('passes Redocly’s recommended rules with no error and no warning', async () => {
    const problems = await lintApiDocument(await servedDocument())
    // each problem's rule and location, so a failure says what to fix
    expect(problems.map(describeProblem)).toEqual([])
  })

  it('gives every operation a unique camelCase operationId, a summary and a description', async () => {
    const document = JSON.parse(await servedDocument()) as {
      paths: Record<string, Record<string, { operationId?: string; summary?: string; description?: string }>>
    }
    expect(operationIdProblems(document)).toEqual([])
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item))
    expect(operations.length).toBeGreaterThan(150)
    for (const operation of operations) {
      expect(operation.summary?.trim()).toBeTruthy()
      expect(operation.description?.trim()).toBeTruthy()
    }
  })

  it('declares a relative server and the Apache-2.0 licence', async () => {
    const document = JSON.parse(await servedDocument()) as {
      servers?: { url: string; description?: string }[]
      info: { license?: { identifier?: string } }
    }
    expect(document.servers).toEqual([{ url: '/', description: expect.any(String) }])
    expect(document.info.license?.identifier).toBe('Apache-2.0')
  })

  it('names a duplicated, missing or non-camelCase operationId', () => {
    const problems = operationIdProblems({
      paths: {
        '/a': { get: { operationId: 'listThings' }, post: { operationId: 'list_things' } },
        '/b': { get: { operationId: 'listThings' }, delete: {}, parameters: [] },
      },
    })
    expect(problems).toEqual([
      'POST /a: operationId list_things is not camelCase',
      'GET /b: operationId listThings is also used by GET /a',
      'DELETE /b: no operationId',
    ])
  })

  it('reports what the recommended rules refuse in a document', async () => {
    const bare = JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'bare', version: '1' },
      paths: { '/x': { get: { responses: { '200': { description: 'ok' } } } } },
    })
    const rules = (await lintApiDocument(bare)).map((problem) => problem.ruleId)
    expect(rules).toEqual(
      expect.arrayContaining([
        'no-empty-servers',
        'info-license',
        'operation-summary',
        'operation-operationId',
      ]),
    )
  })
})
