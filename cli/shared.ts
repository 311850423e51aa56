// What every command needs: configuration that stops on invalid values, and a database opened safely.
import { SingleBar, Presets } from 'cli-progress'
import { ConfigError, loadConfig, type Config } from '../server/config'
import { buildContext, type AppContext } from '../server/context'
import { openDatabase, type DatabaseHandle } from '../server/db/client'
import type { Principal } from '../server/platform/authorization'
import { AppError } from '../server/platform/errors'
import { DataDirectoryLockedError } from '../server/db/lock'

export function fail(message: string): never {
  process.stderr.write(`g60: ${message}\n`)
  process.exit(1)
}

export function loadConfigOrExit(): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) fail(`invalid configuration: ${error.message}`)
    throw error
  }
}

export async function openDatabaseOrExit(config: Config): Promise<DatabaseHandle> {
  try {
    return await openDatabase(config.database)
  } catch (error) {
    if (error instanceof DataDirectoryLockedError) fail(error.message)
    if (config.database.kind === 'postgres') {
      fail(`cannot connect to DATABASE_URL: ${error instanceof Error ? error.message : String(error)}`)
    }
    throw error
  }
}

const seedLogIntervalMs = 5_000

/**
 * A progress bar per seeding stage, on stderr so that stdout stays clean. Without a terminal (a log, CI, a service
 * manager) it writes plain lines instead: one as each stage starts, then at most one every five seconds.
 */
export function seedProgressBar() {
  let bar: SingleBar | null = null
  let currentStage = ''
  let loggedAtMs = 0
  return {
    update(stage: string, done: number, total: number) {
      if (!process.stderr.isTTY) {
        const nowMs = performance.now()
        if (stage === currentStage && nowMs - loggedAtMs < seedLogIntervalMs) return
        currentStage = stage
        loggedAtMs = nowMs
        process.stderr.write(`  seeding: ${stage} ${done}/${total}\n`)
        return
      }
      if (stage !== currentStage) {
        bar?.stop()
        currentStage = stage
        bar = new SingleBar(
          { format: `  ${stage.padEnd(22)} [{bar}] {value}/{total}` },
          Presets.shades_classic,
        )
        bar.start(total, done)
      } else bar?.update(done)
    },
    stop() {
      bar?.stop()
    },
  }
}

/**
 * Runs an operator's command as a named platform user: the services authorize and audit it as that user, and a
 * refusal (an AppError) is printed with its code instead of a stack trace.
 */
export async function asOperator(
  username: string,
  work: (context: AppContext, principal: Principal) => Promise<void>,
): Promise<void> {
  const config = loadConfigOrExit()
  const context = buildContext(config, await openDatabaseOrExit(config))
  try {
    await work(context, await context.identity.principalOfUsername(username))
  } catch (error) {
    if (error instanceof AppError)
      fail(`${error.code}: ${error.message} ${JSON.stringify(error.details ?? {})}`)
    throw error
  } finally {
    await context.close()
  }
}
