// The scheme editor's money: the annual budget and the three caps, in yuan, which must nest.
import { Card, Col, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { YuanField } from '../../../shared/ui/formFields'
import { useCapOrderRule } from './capRules'

/** the API's bounds, in fen */
const amountFenMax = 10_000_000_000
const budgetFenMax = 1_000_000_000_000

export function SchemeBudgetSection() {
  const { t } = useTranslation('vouchers')
  const capOrderRule = useCapOrderRule()
  return (
    <Card title={t('schemes.sections.budget')}>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={6}>
          <YuanField name="annualBudget" label={t('schemes.fields.annualBudget')} maxFen={budgetFenMax} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <YuanField name="claimCap" label={t('schemes.fields.claimCap')} maxFen={amountFenMax} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <YuanField
            name="firmYearCap"
            label={t('schemes.fields.firmYearCap')}
            dependencies={['claimCap']}
            maxFen={amountFenMax}
            rules={[capOrderRule('claimCap', 'yearBelowClaim')]}
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <YuanField
            name="firmTotalCap"
            label={t('schemes.fields.firmTotalCap')}
            dependencies={['firmYearCap']}
            maxFen={amountFenMax}
            rules={[capOrderRule('firmYearCap', 'totalBelowYear')]}
          />
        </Col>
      </Row>
    </Card>
  )
}
