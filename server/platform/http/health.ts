import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { migrationLevel, type DatabaseHandle } from '../../db/client'
import { defineRoutes, get } from './routes'

const Health = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  migrationLevel: Type.Integer({ description: 'How many migrations have been applied' }),
  mode: Type.Union([Type.Literal('demo'), Type.Literal('production')]),
})

export function registerHealth(app: FastifyInstance, database: DatabaseHandle, mode: 'demo' | 'production') {
  defineRoutes(app, { tags: ['platform'] }, [
    get(
      '/api/health',
      {
        operationId: 'getHealth',
        summary: 'Liveness, database kind and migration level',
        description:
          'Anyone, without signing in: answers while the server is up, with the database kind, how many migrations are applied and the mode. For load balancers and monitoring.',
        ok: Health,
        errors: false,
      },
      async () => ({
        status: 'ok' as const,
        database: database.kind,
        migrationLevel: await migrationLevel(database.db),
        mode,
      }),
    ),
  ])
}
