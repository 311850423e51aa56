// The scheme editor's money: the annual budget and the three caps, in yuan, which must nest.
import { Card, Col, Form, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { useCapOrderRule } from './capRules'

/** the API's bounds, in fen */
const amountFenMax = 10_000_000_000
const budgetFenMax = 1_000_000_000_000

export function SchemeBudgetSection() {
  const { t } = useTranslation('vouchers')
  const yuanRule = useYuanRule()
  const capOrderRule = useCapOrderRule()
  const required = { required: true, message: t('form.required') }
  return (
    <Card title={t('schemes.sections.budget')}>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="annualBudget"
            label={t('schemes.fields.annualBudget')}
            rules={[required, yuanRule({ maxFen: budgetFenMax })]}
          >
            <YuanInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="claimCap"
            label={t('schemes.fields.claimCap')}
            rules={[required, yuanRule({ maxFen: amountFenMax })]}
          >
            <YuanInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="firmYearCap"
            label={t('schemes.fields.firmYearCap')}
            dependencies={['claimCap']}
            rules={[required, yuanRule({ maxFen: amountFenMax }), capOrderRule('claimCap', 'yearBelowClaim')]}
          >
            <YuanInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="firmTotalCap"
            label={t('schemes.fields.firmTotalCap')}
            dependencies={['firmYearCap']}
            rules={[
              required,
              yuanRule({ maxFen: amountFenMax }),
              capOrderRule('firmYearCap', 'totalBelowYear'),
            ]}
          >
            <YuanInput />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  )
}
