// Builds the web console (web/dist) with Vite when it is missing or older than its sources, so `npm start` builds
// it on a fresh clone and starts at once on a restart. `--force` always builds.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

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
export function newestChangeMs(target: string, depth = 0): number {
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

type BuildPhase = 'compiling' | 'bundling' | 'compressing'

/** Tells the progress line what Vite is doing: compiling modules (counted), bundling them, compressing the files. */
function progressPlugin(onModule: () => void, onPhase: (phase: BuildPhase) => void): Plugin {
  return {
    name: 'g60-build-progress',
    apply: 'build',
    transform() {
      onModule()
      return null
    },
    renderStart() {
      onPhase('bundling')
    },
    writeBundle: {
      order: 'pre',
      handler() {
        onPhase('compressing')
      },
    },
  }
}

const progressIntervalMs = { terminal: 250, log: 10_000 }

/**
 * A build takes about a minute: in a terminal one line is redrawn with the phase, the modules compiled and the time;
 * elsewhere (a log, CI) a plain line is written every ten seconds.
 */
function buildProgress() {
  const startedMs = performance.now()
  const terminal = process.stdout.isTTY === true
  let modules = 0
  let phase: BuildPhase = 'compiling'
  const line = () =>
    `building the console… ${phase}, ${modules} modules, ${((performance.now() - startedMs) / 1000).toFixed(0)} s`
  const write = () => process.stdout.write(terminal ? `\r${line()}\u001b[K` : `${line()}\n`)
  if (!terminal) process.stdout.write('building the console…\n')
  const timer = setInterval(write, terminal ? progressIntervalMs.terminal : progressIntervalMs.log)
  return {
    plugin: progressPlugin(
      () => (modules += 1),
      (next) => (phase = next),
    ),
    stop() {
      clearInterval(timer)
      if (terminal) process.stdout.write('\r\u001b[K')
    },
  }
}

export async function buildConsole(
  options: { force?: boolean; progress?: boolean } = {},
): Promise<'built' | 'fresh'> {
  if (options.force !== true && !consoleIsStale()) return 'fresh'
  const { build } = await import('vite')
  const progress = options.progress === true ? buildProgress() : undefined
  // Vite keeps a NODE_ENV it finds set: called from a test run (NODE_ENV=test, the browser journeys build the
  // console when it is stale) it would bundle React's development build, a third larger, and leave it for `npm start`.
  const environmentBefore = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      configFile: path.join(webFolder, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      plugins: progress === undefined ? [] : [progress.plugin],
    })
  } finally {
    progress?.stop()
    if (environmentBefore === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = environmentBefore
  }
  return 'built'
}

const runDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (runDirectly) {
  const startedMs = performance.now()
  const outcome = await buildConsole({ force: process.argv.includes('--force'), progress: true })
  const seconds = ((performance.now() - startedMs) / 1000).toFixed(1)
  process.stdout.write(
    outcome === 'built'
      ? `web console built into web/dist in ${seconds} s\n`
      : 'web console is up to date (web/dist)\n',
  )
}
