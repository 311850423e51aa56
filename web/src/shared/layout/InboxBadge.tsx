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
  return (
    <LinkButton type="text" to={inboxPath} aria-label={label} title={label} data-testid="inbox-badge">
      <Badge count={unread === 0 ? 0 : badgeCount(unread, countMax)} size="small" offset={[2, -2]}>
        <BellOutlined style={{ fontSize: 16 }} aria-hidden />
      </Badge>
      {tasks > 0 && (
        <span className="g60-inbox-tasks g60-hide-narrow" data-testid="inbox-tasks">
          {t('header.inboxTasks', { tasks: badgeCount(tasks, countMax) })}
        </span>
      )}
    </LinkButton>
  )
}
