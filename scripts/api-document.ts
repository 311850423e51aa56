// The OpenAPI document the platform serves, built in-process on an empty in-memory database: what the API client
// generator and the document lint both read.
import { buildApp } from '../server/app'
import { loadConfig } from '../server/config'
import { buildContext, prepareContext } from '../server/context'
import { openPglite } from '../server/db/client'
import { apiDocumentPath } from '../server/platform/http/api-document-lint'

export async function fetchApiDocument(): Promise<string> {
  const config = loadConfig({ G60_MODE: 'demo', LOG_LEVEL: 'silent' })
  const database = await openPglite({})
  try {
    const context = buildContext(config, database)
    await prepareContext(context, { seedWhenEmpty: false })
    const app = await buildApp(context)
    try {
      await app.ready()
      const response = await app.inject({ method: 'GET', url: apiDocumentPath })
      if (response.statusCode !== 200)
        throw new Error(`GET ${apiDocumentPath} answered ${response.statusCode}`)
      return response.body
    } finally {
      await app.close()
    }
  } finally {
    await database.close()
  }
}
