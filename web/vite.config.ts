// The console's build: root web/, output web/dist, served by the platform process (server/platform/http/console.ts).
// Hashed files under /assets are cached for a year; gzip and brotli twins are written next to them.
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const webFolder = path.dirname(fileURLToPath(import.meta.url))
const projectFolder = path.dirname(webFolder)
const apiTarget = process.env.G60_API_URL ?? 'http://127.0.0.1:3100'
const compressedExtensions = ['.js', '.css', '.svg']
const chartModules =
  /[\\/]node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor|fast-deep-equal)[\\/]/

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/** Writes .gz and .br twins of the built assets, which @fastify/static serves when the browser accepts them. */
function precompressAssets(): Plugin {
  let outDir = ''
  return {
    name: 'g60-precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    async writeBundle(_options, bundle) {
      const names = Object.keys(bundle).filter((name) =>
        compressedExtensions.some((extension) => name.endsWith(extension)),
      )
      await Promise.all(
        names.map(async (name) => {
          const file = path.join(outDir, name)
          const content = await fs.readFile(file)
          const [gzipped, brotli] = await Promise.all([
            gzipAsync(content, { level: 9 }),
            brotliAsync(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
          ])
          await Promise.all([fs.writeFile(`${file}.gz`, gzipped), fs.writeFile(`${file}.br`, brotli)])
        }),
      )
    },
  }
}

/**
 * echarts-for-react's ESM build imports `tslib` without declaring it. When no top-level tslib is installed, the
 * copy that echarts itself depends on is used (same helpers: __assign, __extends, __awaiter, __generator, __rest).
 */
function tslibAliases() {
  if (existsSync(path.join(projectFolder, 'node_modules', 'tslib'))) return []
  const nested = ['echarts', 'zrender']
    .map((owner) => path.join(projectFolder, 'node_modules', owner, 'node_modules', 'tslib', 'tslib.es6.js'))
    .find((candidate) => existsSync(candidate))
  return nested === undefined ? [] : [{ find: /^tslib$/, replacement: nested }]
}

export default defineConfig({
  root: webFolder,
  plugins: [react(), precompressAssets()],
  resolve: { alias: tslibAliases() },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // ECharts's chunk (about 690 kB) is the largest: it loads with the first page that draws a chart (exports are
    // written by the server, so no workbook writer ships to the browser)
    chunkSizeWarningLimit: 720,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // ECharts in one chunk of its own, loaded with the first page that draws a chart; what it uses from
          // elsewhere (React) stays where it was
          includeDependenciesRecursively: false,
          groups: [{ name: 'charts', test: chartModules }],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: { host: '127.0.0.1' },
})
