import { Card, Col, Row, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import type { VoucherScheme } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'

/** The scheme's money: planned per year, appropriated into the budget, issued as vouchers, and still available. */
export function SchemeBudget({ scheme }: { scheme: VoucherScheme }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const items = [
    { key: 'annual', label: t('schemes.fields.annualBudget'), fen: scheme.annualBudgetFen },
    {
      key: 'appropriated',
      label: t('schemes.budget.appropriated'),
      fen: scheme.budget.appropriatedFen,
    },
    { key: 'issued', label: t('schemes.budget.issued'), fen: scheme.budget.issuedFen },
    { key: 'available', label: t('schemes.budget.available'), fen: scheme.budget.availableFen },
  ]
  return (
    <Row gutter={[16, 16]} data-testid="scheme-budget">
      {items.map((item) => (
        <Col key={item.key} xs={12} lg={6}>
          <Card size="small">
            <Statistic title={item.label} value={formatFen(item.fen, language)} />
          </Card>
        </Col>
      ))}
    </Row>
  )
}
