// The workbench module's public face: each role's home page counts (claims to decide, bookings to approve, cases
// due) and own figures, read through the views the owning modules publish.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { defineModule } from '../../platform/module'
import { workbenchErrors } from './workbench.errors'
import { registerWorkbenchRoutes } from './workbench.routes'
import { createWorkbench, type WorkbenchDependencies } from './workbench.service'

export function createWorkbenchModule(db: Database, dependencies: WorkbenchDependencies) {
  const workbench = createWorkbench(db, dependencies)
  return defineModule({
    workbench,
    name: 'workbench',
    errors: workbenchErrors,
    registerRoutes(app: FastifyInstance) {
      registerWorkbenchRoutes(app, workbench)
    },
  })
}

export type WorkbenchModule = ReturnType<typeof createWorkbenchModule>
