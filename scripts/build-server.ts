// Bundles the server and its command line (cli/g60.ts) with esbuild into dist/server/ when the bundle is missing or
// older than its sources, so that `npm start` runs it with plain node: a restart then no longer waits for tsx to
// compile several hundred TypeScript files. Development and tests keep running the sources through tsx. `--force`
// always builds.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'esbuild'
import { newestChangeMs } from './build-console'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outputFolder = path.join(root, 'dist', 'server')
/** What `npm start` runs. */
export const serverBundle = path.join(outputFolder, 'g60.mjs')
const sources = [
  path.join(root, 'server'),
  path.join(root, 'cli'),
  path.join(root, 'package-lock.json'),
  path.join(root, 'tsconfig.json'),
  fileURLToPath(import.meta.url),
]

export function serverBundleIsStale(): boolean {
  if (!fs.existsSync(serverBundle)) return true
  const builtMs = fs.statSync(serverBundle).mtimeMs
  return sources.some((source) => newestChangeMs(source) > builtMs)
}

/**
 * The server finds its migrations, SQL functions and the built console next to its own source file
 * (`import.meta.url`); in the bundle that would be dist/server/. Each use is rewritten to the source file's place,
 * relative to the bundle, so the bundle reads the same files wherever the checkout lives.
 */
function sourceLocationPlugin(): Plugin {
  return {
    name: 'g60-source-location',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
        let text = await fs.promises.readFile(args.path, 'utf8')
        // cli/g60.ts starts with a `node --import tsx` line, which the bundle must not carry over.
        if (text.startsWith('#!')) text = text.replace(/^#!.*/, '')
        const relative = path.relative(outputFolder, args.path).split(path.sep).join('/')
        const location = `new URL(${JSON.stringify(relative)}, import.meta.url).href`
        return { contents: text.replaceAll('import.meta.url', location), loader: 'ts' }
      })
    },
  }
}

export async function buildServer(options: { force?: boolean } = {}): Promise<'built' | 'fresh'> {
  if (options.force !== true && !serverBundleIsStale()) return 'fresh'
  const { build } = await import('esbuild')
  // Built beside and swapped in whole, so that a failed or interrupted build never leaves a half bundle that looks
  // fresh.
  const nextFolder = `${outputFolder}.next`
  fs.rmSync(nextFolder, { recursive: true, force: true })
  await build({
    entryPoints: { g60: path.join(root, 'cli', 'g60.ts') },
    outdir: nextFolder,
    outExtension: { '.js': '.mjs' },
    // Chunks sit beside the entry: the rewritten source locations are relative to this one folder.
    chunkNames: '[name]-[hash]',
    bundle: true,
    // The demo seed's generators stay a separate chunk, loaded only when a database is seeded.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages load from node_modules as they are: PGlite and the docs' assets find their files next to themselves.
    packages: 'external',
    sourcemap: 'linked',
    tsconfig: path.join(root, 'tsconfig.json'),
    plugins: [sourceLocationPlugin()],
    logLevel: 'warning',
  })
  fs.rmSync(outputFolder, { recursive: true, force: true })
  fs.renameSync(nextFolder, outputFolder)
  return 'built'
}

const runDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (runDirectly) {
  const startedMs = performance.now()
  if (process.argv.includes('--force') || serverBundleIsStale())
    process.stdout.write('bundling the server…\n')
  const outcome = await buildServer({ force: process.argv.includes('--force') })
  const seconds = ((performance.now() - startedMs) / 1000).toFixed(1)
  process.stdout.write(
    outcome === 'built'
      ? `server bundled into dist/server in ${seconds} s\n`
      : 'server bundle is up to date (dist/server)\n',
  )
}
