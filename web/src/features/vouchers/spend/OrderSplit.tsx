import { Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import type { CoPayRule, OrderSplit as Split } from '../common/coPay'

/** How an order's amount splits between the voucher and the firm, and why. */
export function OrderSplit({ split, rule }: { split: Split; rule: CoPayRule }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const why = split.fullyCovered
    ? t('spend.fullyCovered', { threshold: formatFen(rule.fullCoverageBelowFen, language) })
    : t('spend.shareCapped', { percent: rule.voucherShareMaxPercent })
  return (
    <div data-testid="order-split">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'amount',
            label: t('fields.orderAmount'),
            children: <Money fen={split.amountFen} />,
          },
          {
            key: 'share',
            label: t('fields.voucherShare'),
            children: <Money fen={split.voucherShareFen} />,
          },
          {
            key: 'copay',
            label: t('fields.firmCopay'),
            children: <Money fen={split.firmCopayFen} />,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {split.limitedByBalance
          ? t('twoSentences', { first: why, second: t('spend.limitedByBalance') })
          : why}
      </Typography.Paragraph>
    </div>
  )
}
