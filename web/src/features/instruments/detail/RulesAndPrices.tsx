// The booking rules (the opening hours among them) and both prices, with the one that applies to the signed-in user
// marked.
import { Card, Descriptions, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { formatMinutes } from '../common/durations'
import type { Instrument, OpeningHours } from '../common/instrument.types'
import { PriceText } from '../common/PriceText'
import { isoWeekdays } from '../owner/OpeningHoursFields'

export function RulesAndPrices({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instruments')
  const user = useCurrentUser()
  const { rules } = instrument
  const internal = user.organisationId === instrument.providerId
  // only bookers pay: the offices see both prices unmarked
  const booker = user.role === 'firm' || user.role === 'provider'
  const yours = booker ? <Tag color="blue">{t('detail.yourPrice')}</Tag> : null
  return (
    <>
      <Card title={t('detail.prices')} data-testid="instrument-prices">
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'external',
              label: t('fields.externalPrice'),
              children: (
                <>
                  <PriceText fen={instrument.externalPriceFen} unit={instrument.priceUnit} />{' '}
                  {!internal && yours}
                </>
              ),
            },
            {
              key: 'internal',
              label: t('fields.internalPrice'),
              children: (
                <>
                  <PriceText fen={instrument.internalPriceFen} unit={instrument.priceUnit} />{' '}
                  {internal && yours}
                </>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('detail.rules')} data-testid="instrument-rules">
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'lead',
              label: t('rules.leadTime'),
              children:
                rules.leadTimeHours === 0
                  ? t('rules.noLeadTime')
                  : t('units.hours', { value: rules.leadTimeHours }),
            },
            {
              key: 'duration',
              label: t('rules.duration'),
              children: [rules.minDurationMinutes, rules.maxDurationMinutes]
                .map((minutes) => formatMinutes(minutes, t))
                .join(' – '),
            },
            {
              key: 'buffer',
              label: t('rules.buffer'),
              children: rules.bufferMinutes === 0 ? t('common.none') : formatMinutes(rules.bufferMinutes, t),
            },
            {
              key: 'approval',
              label: t('rules.approval'),
              children: rules.requiresApproval ? t('rules.approvalNeeded') : t('rules.approvalNotNeeded'),
            },
            {
              key: 'notice',
              label: t('rules.cancellationNotice'),
              children: t('rules.cancellationNoticeValue', {
                value: rules.cancellationNoticeHours,
              }),
            },
            {
              key: 'quota',
              label: t('rules.monthlyQuota'),
              children:
                rules.monthlyQuotaHours === 0
                  ? t('rules.noQuota')
                  : t('units.hours', { value: rules.monthlyQuotaHours }),
            },
            {
              key: 'opening',
              label: t('rules.openingHours'),
              children: <OpeningHoursText openingHours={instrument.openingHours} />,
            },
          ]}
        />
      </Card>
    </>
  )
}

/** The open days, one a line ("Monday 09:00–17:30"), and whether holidays close the instrument. */
function OpeningHoursText({ openingHours }: { openingHours: OpeningHours }) {
  const { t } = useTranslation('instruments')
  const open = isoWeekdays.flatMap((weekday, index) => {
    const periods = openingHours.weekly[index] ?? []
    if (periods.length === 0) return []
    const spans = periods.map((period) => `${period.opensAt}–${period.closesAt}`).join(', ')
    return [`${t(`editor.openingHours.weekdays.${weekday}`)} ${spans}`]
  })
  return (
    <div data-testid="opening-hours-text">
      {open.length === 0 ? t('editor.openingHours.closed') : open.map((line) => <div key={line}>{line}</div>)}
      <div>
        {t('editor.openingHours.holidaysValue', {
          value: openingHours.closedOnHolidays
            ? t('editor.openingHours.closedOnHolidays')
            : t('editor.openingHours.openOnHolidays'),
        })}
      </div>
    </div>
  )
}
