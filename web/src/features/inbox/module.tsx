// The inbox (消息中心) of every signed-in user, under /inbox: the header's bell (shared/layout/InboxBadge) opens it.
import { defineFeatureModule } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { translations } from './i18n'

const InboxPage = lazyPage(() => import('./InboxPage'), 'InboxPage')

export const inboxModule = defineFeatureModule({
  id: 'inbox',
  translations,
  routes: [{ path: 'inbox', crumb: 'inbox:nav.inbox', page: InboxPage }],
})
