// The booking rules and both prices, with the one that applies to the signed-in user marked.
import { Card, Descriptions, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { formatMinutes } from '../common/durations'
import type { Instrument } from '../common/instrument.types'
import { PriceText } from '../common/PriceText'

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
          ]}
        />
      </Card>
    </>
  )
}
