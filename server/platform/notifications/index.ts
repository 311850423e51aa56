export {
  createNotificationsService,
  deliveryJobKind,
  inboxCountMax,
  logChannel,
  notificationErrors,
  notificationsPerCallMax,
  notify,
  resolveTasks,
} from './notifications.service'
export type {
  Audience,
  NotificationChannel,
  NotificationInput,
  NotificationsService,
  OutboundMessage,
} from './notifications.service'
export { createNotificationsModule } from './notifications.module'
