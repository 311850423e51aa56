// The scheme editor's rules of use: co-pay, full coverage, validity, claim gate, spot checks, categories,
// recognised cities, settlement model and (for an existing scheme) whether it takes claims.
import { Card, Col, Form, InputNumber, Radio, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { CheckboxGroupField } from '../../../shared/ui/groupFields'
import { schemeStatuses, serviceCategories, settlementModels } from '../../../shared/ui/enums'
import { PercentInput, YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { useCityOptions, enumOptions } from '../../../shared/reference/options'

/** the API's bound, in fen */
const amountFenMax = 10_000_000_000

/** `editing`: the settlement model is fixed and the claims status can be changed */
export function SchemeUseSection({ editing }: { editing: boolean }) {
  const { t } = useTranslation('vouchers')
  const cities = useCityOptions()
  const categories = enumOptions(serviceCategories, (category) => t(`enums.serviceCategory.${category}`))
  const models = enumOptions(settlementModels, (model) => t(`enums.settlementModel.${model}`))
  const statuses = enumOptions(schemeStatuses, (status) => t(`enums.schemeStatus.${status}`))
  const { required } = useFormRules()
  const fixedHint = editing ? t('schemes.hints.fixed') : undefined
  return (
    <Card title={t('schemes.sections.use')}>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="voucherShareMaxPercent"
            label={t('schemes.fields.voucherShareMax')}
            extra={t('schemes.hints.voucherShareMax')}
            rules={[required]}
          >
            <PercentInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <YuanField
            name="fullCoverageBelow"
            label={t('schemes.fields.fullCoverageBelow')}
            extra={t('schemes.hints.fullCoverageBelow')}
            minFen={0}
            maxFen={amountFenMax}
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="validityDays"
            label={t('schemes.fields.validityDays')}
            extra={t('schemes.hints.validityDays')}
            rules={[required]}
          >
            <InputNumber
              min={1}
              max={3660}
              precision={0}
              suffix={t('schemes.daysUnit')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="utilisationGatePercent"
            label={t('schemes.fields.utilisationGate')}
            extra={t('schemes.hints.utilisationGate')}
            rules={[required]}
          >
            <PercentInput min={0} max={99} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="spotCheckPercent"
            label={t('schemes.fields.spotCheck')}
            extra={t('schemes.hints.spotCheck')}
            rules={[required]}
          >
            <PercentInput min={0} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="serviceCategories"
            label={t('schemes.fields.serviceCategories')}
            rules={[{ ...required, type: 'array', min: 1 }]}
          >
            <CheckboxGroupField options={categories} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="recognisedCityCodes"
            label={t('schemes.fields.recognisedCities')}
            extra={t('schemes.hints.recognisedCities')}
            rules={[{ ...required, type: 'array', min: 1 }]}
          >
            <CheckboxGroupField options={cities.options} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="settlementModel" label={t('schemes.fields.settlementModel')} extra={fixedHint}>
            <Radio.Group options={models} disabled={editing} />
          </Form.Item>
        </Col>
        {editing && (
          <Col xs={24}>
            <Form.Item name="status" label={t('schemes.fields.status')} extra={t('schemes.hints.status')}>
              <Radio.Group options={statuses} />
            </Form.Item>
          </Col>
        )}
      </Row>
    </Card>
  )
}
