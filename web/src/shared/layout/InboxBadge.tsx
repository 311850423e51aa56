// The inbox in the header: a bell with the number of unread notifications, and the tasks still open beside it;
// a click opens the inbox page.
import { BellOutlined } from '@ant-design/icons'
import { Badge } from 'antd'
import { useTranslation } from 'react-i18next'
import { badgeCount, useInboxSummary } from '../inbox/inbox.queries'
import { LinkButton } from '../ui/LinkButton'

export const inboxPath = '/inbox'

export function InboxBadge() {
  const { t } = useTranslation()
  const summary = useInboxSummary().data
  const unread = summary?.unreadCount ?? 0
  const tasks = summary?.openTaskCount ?? 0
  const countMax = summary?.countMax ?? Number.MAX_SAFE_INTEGER
  const label = t('header.inboxLabel', {
    unread: badgeCount(unread, countMax),
    tasks: badgeCount(tasks, countMax),
  })
  // named by its content, not an aria-label: the visible "待办 3" must be part of the name (WCAG 2.5.3); the bell's
  // count is read from the hidden sentence instead of as a bare number
  return (
    <LinkButton type="text" to={inboxPath} title={label} data-testid="inbox-badge">
      <span aria-hidden>
        <Badge count={unread === 0 ? 0 : badgeCount(unread, countMax)} size="small" offset={[2, -2]}>
          <BellOutlined style={{ fontSize: 16 }} />
        </Badge>
      </span>
      <span className="g60-visually-hidden">
        {t('header.inboxUnread', { unread: badgeCount(unread, countMax) })}
      </span>
      {tasks > 0 && (
        <span className="g60-inbox-tasks" data-testid="inbox-tasks">
          {t('header.inboxTasks', { tasks: badgeCount(tasks, countMax) })}
        </span>
      )}
    </LinkButton>
  )
}
