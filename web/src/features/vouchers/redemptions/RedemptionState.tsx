import { Flex, Rate, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Redemption } from '../../../shared/api/types'
import { RedemptionStatusTag } from '../common/StatusTags'

/** Where a claim stands: its status, the firm's rating, the spot check if drawn, and a rejection's reason. */
export function RedemptionState({ redemption }: { redemption: Redemption }) {
  const { t } = useTranslation('vouchers')
  const { spotCheck } = redemption
  const spotCheckTag = !spotCheck.selected ? null : spotCheck.result === null ? (
    <Tag color="orange">{t('redemptions.spotCheckDrawn')}</Tag>
  ) : (
    <Tag color={spotCheck.result === 'passed' ? 'green' : 'red'}>
      {t(`enums.spotCheckResult.${spotCheck.result}`)}
    </Tag>
  )
  return (
    <Flex vertical gap={2} align="flex-start">
      <Flex gap={4} wrap>
        <RedemptionStatusTag status={redemption.status} />
        {spotCheckTag}
      </Flex>
      {redemption.firmRating !== null && (
        <Rate
          disabled
          value={redemption.firmRating}
          style={{ fontSize: 12 }}
          aria-label={t('redemptions.ratedAs', { rating: redemption.firmRating })}
        />
      )}
      {redemption.decisionReason !== null && (
        <span className="g60-secondary-name">{redemption.decisionReason}</span>
      )}
    </Flex>
  )
}
