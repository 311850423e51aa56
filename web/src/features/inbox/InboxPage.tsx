// The inbox (消息中心): what the platform told the user, unread first, then newest; tabs for everything, the unread
// and the tasks still to do. Each notification opens the page to act on it (and is marked read); one or all can be
// marked read here.
import { CheckOutlined, RightOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Tabs, Tag, Typography } from 'antd'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useLanguage } from '../../shared/i18n/useLanguage'
import { badgeCount, useInboxSummary } from '../../shared/inbox/inbox.queries'
import { PagedRows } from '../../shared/list/PagedRows'
import { usePagedList } from '../../shared/list/usePagedList'
import { Timestamp } from '../../shared/ui/Formatted'
import { PageTitle } from '../../shared/ui/PageTitle'
import { PlainList } from '../../shared/ui/PlainList'
import { FailureAlert } from '../../shared/ui/FailureAlert'
import {
  inboxFilters,
  inboxPages,
  useMarkAllRead,
  useMarkRead,
  type InboxFilter,
  type Notification,
} from './inbox.queries'
import './inbox.css'

export function InboxPage() {
  const { t } = useTranslation('inbox')
  const summary = useInboxSummary().data
  const markAll = useMarkAllRead()
  const list = usePagedList(inboxPages, (url) => ({ filter: url.choice('filter', inboxFilters) ?? 'all' }))
  const filter = list.filters.filter
  const countMax = summary?.countMax ?? Number.MAX_SAFE_INTEGER
  const label = (key: InboxFilter) => {
    if (key === 'unread' && summary !== undefined && summary.unreadCount > 0)
      return t('tabs.unreadCount', { count: badgeCount(summary.unreadCount, countMax) })
    if (key === 'tasks' && summary !== undefined && summary.openTaskCount > 0)
      return t('tabs.tasksCount', { count: badgeCount(summary.openTaskCount, countMax) })
    return t(`tabs.${key}`)
  }
  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          <Button
            icon={<CheckOutlined />}
            onClick={() => markAll.mutate(undefined)}
            loading={markAll.isPending}
            disabled={summary?.unreadCount === 0}
            data-testid="mark-all-read"
          >
            {t('markAllRead')}
          </Button>
        }
      />
      <Card>
        <FailureAlert error={markAll.error} spaced />
        <Tabs
          activeKey={filter}
          onChange={(key) => list.url.setFilter('filter', key === 'all' ? undefined : key)}
          items={inboxFilters.map((key) => ({ key, label: label(key) }))}
        />
        <PagedRows list={list}>
          {list.items.length === 0 && !list.query.isFetching ? (
            <Typography.Paragraph type="secondary" style={{ textAlign: 'center', padding: 24 }}>
              {t(`empty.${filter}`)}
            </Typography.Paragraph>
          ) : (
            <div className="g60-inbox-list" data-testid="inbox-list">
              <PlainList
                items={list.items}
                itemKey={(notification) => notification.id}
                renderItem={(notification) => <NotificationText notification={notification} />}
                renderExtra={(notification) => <NotificationActions notification={notification} />}
              />
            </div>
          )}
        </PagedRows>
      </Card>
    </>
  )
}

function NotificationText({ notification }: { notification: Notification }) {
  const { t } = useTranslation('inbox')
  const { isChinese } = useLanguage()
  const unread = notification.readAt === null
  return (
    <div className={unread ? 'g60-notification g60-notification-unread' : 'g60-notification'}>
      <Flex gap="small" align="center" wrap>
        {unread && <span className="g60-unread-dot" role="img" aria-label={t('unread')} />}
        <Tag color={notification.kind === 'task' ? 'orange' : 'blue'}>{t(`kind.${notification.kind}`)}</Tag>
        {notification.kind === 'task' && notification.resolvedAt !== null && (
          <Tag color="success">{t('done')}</Tag>
        )}
        <strong>{isChinese ? notification.title.zh : notification.title.en}</strong>
      </Flex>
      <Typography.Paragraph style={{ margin: '4px 0 0' }}>
        {isChinese ? notification.body.zh : notification.body.en}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <Timestamp at={notification.createdAt} />
      </Typography.Text>
    </div>
  )
}

function NotificationActions({ notification }: { notification: Notification }) {
  const { t } = useTranslation('inbox')
  const navigate = useNavigate()
  const markRead = useMarkRead()
  const unread = notification.readAt === null
  const open = (event: MouseEvent<HTMLElement>) => {
    if (unread) markRead.mutate(notification.id)
    // a new tab opens the link itself; a plain click stays in the console
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    void navigate(notification.link)
  }
  return (
    <Flex gap="small" vertical align="flex-end" className="g60-notification-actions">
      <Button
        type={notification.kind === 'task' && notification.resolvedAt === null ? 'primary' : 'default'}
        size="small"
        onClick={open}
        href={notification.link}
      >
        {notification.kind === 'task' && notification.resolvedAt === null ? t('act') : t('open')}
        <RightOutlined />
      </Button>
      {unread && (
        <Button
          size="small"
          type="link"
          loading={markRead.isPending}
          onClick={() => markRead.mutate(notification.id)}
        >
          {t('markRead')}
        </Button>
      )}
    </Flex>
  )
}
