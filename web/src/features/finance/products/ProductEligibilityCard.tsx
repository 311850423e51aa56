// The product's reach and eligibility: the cities served, the industries and stages accepted (none: all), the
// minimum innovation score and the certifications required.
import { Card, Checkbox, Col, Form, InputNumber, Row, Select, Switch } from 'antd'
import { useTranslation } from 'react-i18next'
import { CheckboxGroupField } from '../../../shared/ui/groupFields'
import { useCityOptions, enumOptions, useIndustryOptions } from '../../../shared/reference/options'
import { financeStages } from '../common/enums'

export function ProductEligibilityCard() {
  const { t } = useTranslation('finance')
  const cities = useCityOptions()
  const industries = useIndustryOptions()
  const stages = enumOptions(financeStages, (stage) => t(`enums.stage.${stage}`))
  const required = { required: true, message: t('form.required') }
  return (
    <Card title={t('products.sections.eligibility')}>
      <Form.Item
        name="citiesServed"
        label={t('products.fields.citiesServed')}
        rules={[{ ...required, type: 'array', min: 1 }]}
      >
        <CheckboxGroupField options={cities.options} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="industries"
            label={t('products.fields.industries')}
            extra={t('products.hints.emptyIsAll')}
          >
            <Select
              mode="multiple"
              allowClear
              options={industries.options}
              loading={industries.loading}
              placeholder={t('products.allIndustries')}
              maxCount={20}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="stages" label={t('products.fields.stages')} extra={t('products.hints.emptyIsAll')}>
            <Checkbox.Group options={stages} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="minScore"
            label={t('products.fields.minScore')}
            extra={t('products.hints.minScore')}
            rules={[required]}
          >
            <InputNumber min={0} max={100} precision={1} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="requiresHighTech"
            label={t('products.fields.requiresHighTech')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="requiresTechSme"
            label={t('products.fields.requiresTechSme')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  )
}
