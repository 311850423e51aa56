// What every command needs: configuration that stops on invalid values, and a database opened safely.
import { SingleBar, Presets } from 'cli-progress'
import { ConfigError, loadConfig, type Config } from '../server/config'
import { openDatabase, type DatabaseHandle } from '../server/db/client'
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

/** A progress bar per seeding stage, on stderr so that stdout stays clean. */
export function seedProgressBar() {
  let bar: SingleBar | null = null
  let currentStage = ''
  return {
    update(stage: string, done: number, total: number) {
      if (!process.stderr.isTTY) return
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
