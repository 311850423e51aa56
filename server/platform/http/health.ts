import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { migrationLevel, type DatabaseHandle } from '../../db/client'

const Health = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  migrationLevel: Type.Integer({ description: 'How many migrations have been applied' }),
  mode: Type.Union([Type.Literal('demo'), Type.Literal('production')]),
})

export function registerHealth(
  instance: FastifyInstance,
  database: DatabaseHandle,
  mode: 'demo' | 'production',
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Liveness, database kind and migration level',
        response: { 200: Health },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: database.kind,
      migrationLevel: await migrationLevel(database.db),
      mode,
    }),
  )
}
