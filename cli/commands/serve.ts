import type { Command } from 'commander'
import { buildApp } from '../../server/app'
import { buildContext, prepareContext } from '../../server/context'
import { demoAccountSummaries } from '../../server/seed/accounts'
import { findActiveDemoUsernames } from '../../server/platform/identity/identity.repository'
import { demoPassword } from '../../server/platform/identity'
import { fail, loadConfigOrExit, openDatabaseOrExit, seedProgressBar } from '../shared'

const shutdownTimeoutMs = 10_000
const jobPollIntervalMs = 5_000

export function registerServe(program: Command) {
  program
    .command('serve', { isDefault: true })
    .description(
      'serve the API, the console and the OpenAPI docs (migrates, and seeds an empty demo database)',
    )
    .action(async () => {
      const startedAtMs = performance.now()
      const config = loadConfigOrExit()
      const database = await openDatabaseOrExit(config)
      const progress = seedProgressBar()
      const context = buildContext(config, database)
      const prepared = await prepareContext(context, {
        seedWhenEmpty: true,
        onSeedProgress: (stage, done, total) => progress.update(stage, done, total),
        log: (message) => process.stdout.write(`${message}\n`),
      })
      progress.stop()
      if (config.mode === 'production') {
        const demoUsers = await findActiveDemoUsernames(database.db)
        if (demoUsers.length > 0) {
          await context.close()
          fail(
            `production mode refuses default passwords, and this database holds demo accounts (${demoUsers.join(', ')}). ` +
              'Use a fresh database, or run in demo mode.',
          )
        }
      }
      const app = await buildApp(context)
      try {
        await context.auditCheckpoints.start(app.log)
      } catch (error) {
        await context.close()
        fail(`cannot sign audit checkpoints: ${error instanceof Error ? error.message : String(error)}`)
      }
      await app.listen({ host: config.host, port: config.port })
      context.jobs.start({ pollIntervalMs: jobPollIntervalMs })
      const address = `http://${config.host}:${config.port}`
      const seconds = ((performance.now() - startedAtMs) / 1000).toFixed(1)
      const lines = [
        '',
        `G60 Corridor Platform · G60 科创走廊平台 — ready in ${seconds} s${prepared.seeded ? ' (seeded)' : ''}`,
        `  console   ${address}/`,
        `  API docs  ${address}/docs  (OpenAPI: ${address}/api/openapi.json)`,
        `  database  ${database.kind}${config.database.kind === 'pglite' ? ` in ${config.database.dataDirectory}` : ''}`,
        `  audit     checkpoints every ${config.audit.checkpointIntervalMs / 1000} s to ${config.audit.checkpointFile}`,
      ]
      if (config.mode === 'demo') {
        lines.push(`  demo accounts (password ${demoPassword}; synthetic demo data):`)
        for (const account of demoAccountSummaries) {
          lines.push(`    ${account.username.padEnd(12)} ${account.descriptionEn} · ${account.descriptionZh}`)
        }
      }
      process.stdout.write(`${lines.join('\n')}\n\n`)

      let closing = false
      const shutdown = async (signal: string) => {
        if (closing) return
        closing = true
        app.log.info({ signal }, 'shutting down')
        const timer = setTimeout(() => fail('shutdown took too long; exiting'), shutdownTimeoutMs)
        await app.close()
        await context.close()
        clearTimeout(timer)
        process.exit(0)
      }
      process.once('SIGTERM', () => void shutdown('SIGTERM'))
      process.once('SIGINT', () => void shutdown('SIGINT'))
    })
}
