import { Card, Col, Row, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Voucher } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Expiry } from '../common/Expiry'

/** A voucher's figures at a glance: face value, what is left, what open orders hold, and until when. */
export function VoucherBalances({ voucher }: { voucher: Voucher }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const items = [
    { key: 'amount', label: t('fields.amount'), value: formatFen(voucher.amountFen, language) },
    {
      key: 'available',
      label: t('fields.available'),
      value: formatFen(voucher.availableFen, language),
    },
    {
      key: 'reserved',
      label: t('fields.reserved'),
      value: formatFen(voucher.reservedFen, language),
    },
  ]
  return (
    <Row gutter={[16, 16]} data-testid="voucher-balances">
      {items.map((item) => (
        <Col key={item.key} xs={12} lg={6}>
          <Card size="small">
            <Statistic title={item.label} value={item.value} />
          </Card>
        </Col>
      ))}
      <Col xs={12} lg={6}>
        <Card size="small">
          <Statistic title={t('fields.validUntil')} valueRender={() => <Expiry voucher={voucher} />} />
        </Card>
      </Col>
    </Row>
  )
}
