// Notifications as a platform module: the inbox routes and the job that hands each notification to the outbound
// channels after its change commits.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { defineModule } from '../module'
import { registerNotificationRoutes } from './notifications.routes'
import {
  createNotificationsService,
  notificationErrors,
  type NotificationChannel,
} from './notifications.service'

export function createNotificationsModule(db: Database, channels: readonly NotificationChannel[]) {
  const service = createNotificationsService(db, channels)
  return defineModule({
    service,
    name: 'notifications',
    errors: notificationErrors,
    jobHandlers: service.jobHandlers,
    registerRoutes(app: FastifyInstance) {
      registerNotificationRoutes(app, service)
    },
  })
}
