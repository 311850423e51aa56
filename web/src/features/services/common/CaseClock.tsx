// A case's working-day clock in words: not started, due on a day with the working days left, due today, overdue
// (in red), paused with what it had left, or stopped. Working days are counted on the corridor's calendar.
import { ClockCircleOutlined, ExclamationCircleOutlined, PauseCircleOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { useCalendarExceptions } from '../../../shared/reference/calendar.queries'
import { Day } from '../../../shared/ui/Formatted'
import { useNow } from '../../../shared/ui/useNow'
import { readClock, yearsBetween, type ClockReading } from './clock'
import type { CaseClock as Clock } from './services.types'

const minuteMs = 60_000

/** Today in Shanghai, read again every minute (a page left open over midnight moves on). */
export function useShanghaiToday(): string {
  return shanghaiToday(useNow(minuteMs))
}

/** The clock read today, on the calendar of the years it spans. */
export function useClockReading(clock: Clock, pausedWithDaysLeft: number | null = null): ClockReading {
  const today = useShanghaiToday()
  const exceptions = useCalendarExceptions(yearsBetween(today, clock.dueOn ?? today))
  return readClock(clock, today, exceptions, pausedWithDaysLeft)
}

export function ClockText({ reading }: { reading: ClockReading }) {
  const { t } = useTranslation('services')
  switch (reading.kind) {
    case 'not_started':
      return <Typography.Text type="secondary">{t('clock.notStarted')}</Typography.Text>
    case 'stopped':
      return (
        <Typography.Text type="secondary">
          {t('clock.stopped')}
          {reading.dueOn !== null && (
            <span className="g60-secondary-name">
              {t('clock.wasDue')} <Day day={reading.dueOn} />
            </span>
          )}
        </Typography.Text>
      )
    case 'paused':
      return (
        <Typography.Text type="warning" data-testid="case-clock">
          <PauseCircleOutlined aria-hidden /> {t('clock.paused')}
          <span className="g60-secondary-name">
            {t('clock.pausedOn')} <Day day={reading.pausedOn} />
            {reading.workingDaysLeft !== null &&
              ` · ${t('clock.daysLeftAtPause', { count: reading.workingDaysLeft })}`}
          </span>
        </Typography.Text>
      )
    case 'overdue':
      return (
        <Typography.Text type="danger" strong data-testid="case-clock">
          <ExclamationCircleOutlined aria-hidden />{' '}
          {reading.workingDaysLate === null
            ? t('clock.overdue')
            : t('clock.overdueBy', { count: reading.workingDaysLate })}
          <span className="g60-secondary-name">
            {t('clock.wasDue')} <Day day={reading.dueOn} />
          </span>
        </Typography.Text>
      )
    case 'due_today':
      return (
        <Typography.Text type="warning" strong data-testid="case-clock">
          <ClockCircleOutlined aria-hidden /> {t('clock.dueToday')}
          <span className="g60-secondary-name">
            <Day day={reading.dueOn} />
          </span>
        </Typography.Text>
      )
    case 'running':
      return (
        <span data-testid="case-clock">
          <ClockCircleOutlined aria-hidden /> {t('clock.dueOn')} <Day day={reading.dueOn} />
          {reading.workingDaysLeft !== null && (
            <span className="g60-secondary-name">
              {t('clock.daysLeft', { count: reading.workingDaysLeft })}
            </span>
          )}
        </span>
      )
  }
}

/** A case's clock in words, as a list row or a case's page shows it. */
export function CaseClock({
  clock,
  pausedWithDaysLeft,
}: {
  clock: Clock
  pausedWithDaysLeft?: number | null
}) {
  return <ClockText reading={useClockReading(clock, pausedWithDaysLeft)} />
}
