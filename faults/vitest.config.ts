// The fault-injection suite (npm run test:faults): random work with duplicated keys, kill -9 under load, schema-driven
// fuzzing and several processes behind a load balancer. One file at a time: several start server processes of their
// own, and this machine has two cores.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
    include: ['faults/**/*.faults.ts'],
    // the migrated and seeded template databases the in-process files copy (server/testing/templates.ts)
    globalSetup: ['server/testing/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
