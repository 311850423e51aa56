// The booking rules and both prices, with the one that applies to the signed-in user marked.
import { Card, Descriptions, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { formatMinutes } from '../common/durations'
import type { Instrument } from '../common/instrument.types'
import { PriceText } from '../common/PriceText'

export function RulesAndPrices({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const { rules } = instrument
  const internal = user.organisationId === instrument.providerId
  // only bookers pay: the offices see both prices unmarked
  const booker = user.role === 'firm' || user.role === 'provider'
  const yours = booker ? <Tag color="blue">{t('instruments.detail.yourPrice')}</Tag> : null
  return (
    <>
      <Card title={t('instruments.detail.prices')} data-testid="instrument-prices">
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'external',
              label: t('instruments.fields.externalPrice'),
              children: (
                <>
                  <PriceText fen={instrument.externalPriceFen} unit={instrument.priceUnit} />{' '}
                  {!internal && yours}
                </>
              ),
            },
            {
              key: 'internal',
              label: t('instruments.fields.internalPrice'),
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
      <Card title={t('instruments.detail.rules')} data-testid="instrument-rules">
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'lead',
              label: t('instruments.rules.leadTime'),
              children:
                rules.leadTimeHours === 0
                  ? t('instruments.rules.noLeadTime')
                  : t('instruments.units.hours', { value: rules.leadTimeHours }),
            },
            {
              key: 'duration',
              label: t('instruments.rules.duration'),
              children: [rules.minDurationMinutes, rules.maxDurationMinutes]
                .map((minutes) => formatMinutes(minutes, t))
                .join(' – '),
            },
            {
              key: 'buffer',
              label: t('instruments.rules.buffer'),
              children: rules.bufferMinutes === 0 ? t('common.none') : formatMinutes(rules.bufferMinutes, t),
            },
            {
              key: 'approval',
              label: t('instruments.rules.approval'),
              children: rules.requiresApproval
                ? t('instruments.rules.approvalNeeded')
                : t('instruments.rules.approvalNotNeeded'),
            },
            {
              key: 'notice',
              label: t('instruments.rules.cancellationNotice'),
              children: t('instruments.rules.cancellationNoticeValue', {
                value: rules.cancellationNoticeHours,
              }),
            },
            {
              key: 'quota',
              label: t('instruments.rules.monthlyQuota'),
              children:
                rules.monthlyQuotaHours === 0
                  ? t('instruments.rules.noQuota')
                  : t('instruments.units.hours', { value: rules.monthlyQuotaHours }),
            },
          ]}
        />
      </Card>
    </>
  )
}
