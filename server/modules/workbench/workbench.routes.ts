// The workbench's one route: the caller's waiting work and figures in one request.
import type { FastifyInstance } from 'fastify'
import { defineRoutes, get } from '../../platform/http/routes'
import * as schemas from './workbench.schemas'
import type { WorkbenchService } from './workbench.service'

export function registerWorkbenchRoutes(app: FastifyInstance, workbench: WorkbenchService) {
  defineRoutes(app, { tags: ['workbench'] }, [
    get(
      '/api/workbench',
      {
        operationId: 'getWorkbench',
        summary: 'The caller’s waiting work with counts per queue and its own figures, in one answer',
        description:
          'Every signed-in role: an officer’s city (the corridor office: every city), an organisation’s own ' +
          'queues, a professional’s own cases. Each count is the total of the queue the tile opens; money in fen.',
        ok: schemas.Workbench,
      },
      async (request) => workbench.read(request.principal),
    ),
  ])
}
