// The booking rules of an instrument, each with its unit and the API's bounds.
import { Col, Form, InputNumber, Row, Switch } from 'antd'
import type { FormRule } from 'antd'
import { useTranslation } from 'react-i18next'

const bounds = {
  leadTimeHours: { min: 0, max: 2160 },
  minDurationMinutes: { min: 15, max: 20160 },
  maxDurationMinutes: { min: 15, max: 20160 },
  bufferMinutes: { min: 0, max: 1440 },
  cancellationNoticeHours: { min: 0, max: 720 },
  monthlyQuotaHours: { min: 0, max: 744 },
} as const

type NumberRule = keyof typeof bounds

export function RulesFields() {
  const { t } = useTranslation('instruments')
  const required: FormRule = { required: true, message: t('form.required') }
  const field = (name: NumberRule, label: string, unit: string, extra?: string, rules: FormRule[] = []) => (
    <Col xs={24} sm={12} lg={8}>
      <Form.Item
        name={['rules', name]}
        label={label}
        rules={[required, ...rules]}
        extra={extra}
        {...(name === 'maxDurationMinutes' ? { dependencies: [['rules', 'minDurationMinutes']] } : {})}
      >
        <InputNumber
          min={bounds[name].min}
          max={bounds[name].max}
          precision={0}
          suffix={unit}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </Col>
  )
  const minutes = t('units.minuteUnit')
  const hours = t('units.hourUnit')
  const maxNotBelowMin: FormRule = ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      const minimum: unknown = getFieldValue(['rules', 'minDurationMinutes'])
      if (typeof value === 'number' && typeof minimum === 'number' && value < minimum) {
        throw new Error(t('editor.maxBelowMin'))
      }
    },
  })
  return (
    <Row gutter={16}>
      {field('leadTimeHours', t('rules.leadTime'), hours, t('editor.leadTimeHint'))}
      {field('minDurationMinutes', t('rules.minDuration'), minutes)}
      {field('maxDurationMinutes', t('rules.maxDuration'), minutes, undefined, [maxNotBelowMin])}
      {field('bufferMinutes', t('rules.buffer'), minutes, t('editor.bufferHint'))}
      {field('cancellationNoticeHours', t('rules.cancellationNotice'), hours)}
      {field('monthlyQuotaHours', t('rules.monthlyQuota'), hours, t('editor.quotaHint'))}
      <Col xs={24} sm={12} lg={8}>
        <Form.Item name={['rules', 'requiresApproval']} label={t('rules.approval')} valuePropName="checked">
          <Switch
            checkedChildren={t('rules.approvalNeeded')}
            unCheckedChildren={t('rules.approvalNotNeeded')}
          />
        </Form.Item>
      </Col>
    </Row>
  )
}
