// Builds the web console (web/dist) with Vite when it is missing or older than its sources, so `npm start` builds
// it on a fresh clone and starts at once on a restart. `--force` always builds.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const webFolder = path.join(root, 'web')
const builtIndex = path.join(webFolder, 'dist', 'index.html')
const sources = [
  path.join(webFolder, 'src'),
  path.join(webFolder, 'public'),
  path.join(webFolder, 'index.html'),
  path.join(webFolder, 'vite.config.ts'),
  path.join(root, 'package-lock.json'),
]
const folderDepthMax = 32

/** The newest modification time of a file or of any file under a folder (0 when it does not exist). */
function newestChangeMs(target: string, depth = 0): number {
  if (depth > folderDepthMax) throw new Error(`${target}: folders nested too deeply`)
  let stat: fs.Stats
  try {
    stat = fs.statSync(target)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs
    .readdirSync(target)
    .reduce(
      (newest, entry) => Math.max(newest, newestChangeMs(path.join(target, entry), depth + 1)),
      stat.mtimeMs,
    )
}

export function consoleIsStale(): boolean {
  if (!fs.existsSync(builtIndex)) return true
  const builtMs = fs.statSync(builtIndex).mtimeMs
  return sources.some((source) => newestChangeMs(source) > builtMs)
}

export async function buildConsole(options: { force?: boolean } = {}): Promise<'built' | 'fresh'> {
  if (options.force !== true && !consoleIsStale()) return 'fresh'
  const { build } = await import('vite')
  // Vite keeps a NODE_ENV it finds set: called from a test run (NODE_ENV=test, the browser journeys build the
  // console when it is stale) it would bundle React's development build, a third larger, and leave it for `npm start`.
  const environmentBefore = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: path.join(webFolder, 'vite.config.ts'), mode: 'production', logLevel: 'warn' })
  } finally {
    if (environmentBefore === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = environmentBefore
  }
  return 'built'
}

const runDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (runDirectly) {
  const startedMs = performance.now()
  const outcome = await buildConsole({ force: process.argv.includes('--force') })
  const seconds = ((performance.now() - startedMs) / 1000).toFixed(1)
  process.stdout.write(
    outcome === 'built'
      ? `web console built into web/dist in ${seconds} s\n`
      : 'web console is up to date (web/dist)\n',
  )
}
