// Serves the built web console (web/dist) from the platform process. Hashed files under /assets are cached for a
// year; index.html is revalidated on every visit; any other GET outside the API answers index.html, so a deep
// link such as /firms/firm_… survives a reload. Unknown API paths keep their JSON 404.
import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

const indexFile = 'index.html'
const assetsMaxAgeMs = 365 * 24 * 3600 * 1000
const serverPaths = ['/api', '/docs', '/metrics']
/** Vite's hashed file names: one segment, no dot in front, so no path can leave the assets folder */
const assetNamePattern = /^[\w-][\w.-]*$/

function isServerPath(pathname: string): boolean {
  return serverPaths.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}

/** A file directly in the build folder (favicon.svg, robots.txt …), never a path that leaves it. */
function topLevelFile(distFolder: string, pathname: string): string | null {
  const name = pathname.slice(1)
  if (name === '' || name === indexFile || name.includes('/') || name.includes('\\') || name.startsWith('.'))
    return null
  const file = path.join(distFolder, name)
  try {
    return fs.statSync(file).isFile() ? name : null
  } catch {
    return null
  }
}

function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url, 'http://console.invalid').pathname)
  } catch {
    return null
  }
}

export async function registerConsole(app: FastifyInstance, options: { distFolder: string }) {
  const distFolder = path.resolve(options.distFolder)
  // Decorates reply.sendFile only; the routes below decide what is served. .br/.gz twins are used when accepted.
  await app.register(fastifyStatic, { root: distFolder, serve: false, preCompressed: true })

  const sendIndex = (reply: FastifyReply) => {
    if (!fs.existsSync(path.join(distFolder, indexFile))) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send('The web console is not built yet: run `npm run build:console` (npm start builds it).\n')
    }
    reply.header('cache-control', 'no-cache')
    return reply.sendFile(indexFile, { cacheControl: false })
  }

  app.get(
    '/assets/*',
    { schema: { hide: true } },
    (request: FastifyRequest<{ Params: { '*': string } }>, reply) => {
      const name = request.params['*']
      if (!assetNamePattern.test(name)) return reply.callNotFound()
      return reply.sendFile(`assets/${name}`, { maxAge: assetsMaxAgeMs, immutable: true })
    },
  )

  // '/*' also answers '/' itself
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const pathname = decodedPath(request.url)
    if (pathname === null || isServerPath(pathname)) return reply.callNotFound()
    const file = topLevelFile(distFolder, pathname)
    if (file !== null) return reply.sendFile(file, { maxAge: 0 })
    return sendIndex(reply)
  })
}
