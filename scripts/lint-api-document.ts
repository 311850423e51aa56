// Lints the OpenAPI document the platform serves (built in-process on an in-memory database, as
// generate-api-client.ts builds it) against Redocly's recommended rules and the operationId conventions; exits 1 and
// names each problem when there is any. Run by `npm run api:lint`, which `npm run check` runs.
import {
  apiDocumentPath,
  describeProblem,
  lintApiDocument,
  operationIdProblems,
} from '../server/platform/http/api-document-lint'
import { fetchApiDocument } from './api-document'

async function main() {
  const source = await fetchApiDocument()
  const document = JSON.parse(source) as Parameters<typeof operationIdProblems>[0]
  const problems = [
    ...(await lintApiDocument(source)).map(describeProblem),
    ...operationIdProblems(document).map((problem) => `error operationId ${problem}`),
  ]
  const operations = Object.values(document.paths ?? {}).flatMap((item) => Object.keys(item)).length
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`${problem}\n`)
    process.stderr.write(`${apiDocumentPath}: ${problems.length} problems in ${operations} operations\n`)
    process.exit(1)
  }
  process.stdout.write(`${apiDocumentPath}: ${operations} operations, no problems (Redocly recommended)\n`)
}

await main()
