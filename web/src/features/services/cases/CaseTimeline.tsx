// A case's history on a timeline, oldest first: handed in, each move with its note, and what happened to its clock
// (started, paused, resumed, its due day moved with the calendar, warned, escalated), materials added.
import { Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Day, Timestamp } from '../../../shared/ui/Formatted'
import { caseActions } from '../common/enums'
import type { ServiceCase, TimelineEntry } from '../common/services.types'
import { colourOf, detailsOf } from './caseTimeline'

function EntryTitle({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation('services')
  if (entry.kind !== 'move') return <>{t(`timeline.${entry.kind}`)}</>
  const action = caseActions.find((known) => known === entry.action)
  return <>{action === undefined ? (entry.action ?? '') : t(`timeline.moves.${action}`)}</>
}

function EntryDetails({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation('services')
  const { isChinese } = useLanguage()
  const details = detailsOf(entry)
  const lines = [
    details.workingDays !== undefined && (
      <span key="days">{t('timeline.workingDays', { count: details.workingDays })}</span>
    ),
    details.dueOn !== undefined && entry.kind !== 'due_date_changed' && (
      <span key="due">
        {t('timeline.dueOn')} <Day day={details.dueOn} />
      </span>
    ),
    details.workingDaysLeft !== undefined && (
      <span key="left">{t('timeline.workingDaysLeft', { count: details.workingDaysLeft })}</span>
    ),
    details.from !== undefined && details.to !== undefined && (
      <span key="moved">
        <Day day={details.from} /> → <Day day={details.to} />
      </span>
    ),
    details.reason !== undefined && (
      <span key="reason">{isChinese ? details.reason.zh : details.reason.en}</span>
    ),
    details.materialCount !== undefined && (
      <span key="materials">{t('timeline.materialCount', { count: details.materialCount })}</span>
    ),
  ].filter((line) => line !== false)
  return (
    <>
      {lines.length > 0 && (
        <Typography.Text type="secondary" className="g60-secondary-name">
          {lines.map((line, index) => (
            <span key={index}>
              {index > 0 && ' · '}
              {line}
            </span>
          ))}
        </Typography.Text>
      )}
      {entry.note !== null && entry.note !== '' && (
        <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
          {entry.note}
        </Typography.Paragraph>
      )}
    </>
  )
}

export function CaseTimeline({ found }: { found: ServiceCase }) {
  const { t } = useTranslation('services')
  const { nameOf } = useLanguage()
  const items = [
    {
      key: 'submitted',
      color: 'blue',
      content: (
        <>
          <Typography.Text type="secondary" className="g60-secondary-name">
            <Timestamp at={found.submittedAt} />
          </Typography.Text>
          <strong>{t('timeline.submitted')}</strong>
          <span className="g60-secondary-name">
            {t('timeline.submittedAt', { city: nameOf(found.windowCity) })}
          </span>
        </>
      ),
    },
    ...found.timeline.map((entry, index) => ({
      key: `${entry.at}-${index}`,
      color: colourOf(entry),
      content: (
        <>
          <Typography.Text type="secondary" className="g60-secondary-name">
            <Timestamp at={entry.at} />
          </Typography.Text>
          <strong>
            <EntryTitle entry={entry} />
          </strong>
          <EntryDetails entry={entry} />
        </>
      ),
    })),
  ]
  return <Timeline items={items} data-testid="case-timeline" />
}
