// No answer of the API is kept by a browser or a shared proxy unless its route says it may be: an answer to a
// signed-in caller is theirs alone (Cache-Control: no-store, whatever the route said), and an anonymous answer is
// stored only when its route set a Cache-Control of its own (open-data files, licence status lists). The console's static
// files are not concerned.
import type { FastifyInstance } from 'fastify'

export function registerPrivateAnswers(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload
    if (request.principal !== null || !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store')
    return payload
  })
}
