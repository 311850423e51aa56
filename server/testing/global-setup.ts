// Before the server tests: the template databases every test file copies (templates.ts); after them: dropped.
import type { TestProject } from 'vitest/node'
import { buildTestTemplates, dropTestTemplates, type TestTemplates } from './templates'

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplates: TestTemplates
  }
}

export default async function setup(project: TestProject) {
  const templates = await buildTestTemplates()
  project.provide('testTemplates', templates)
  return async () => {
    await dropTestTemplates(templates)
  }
}
