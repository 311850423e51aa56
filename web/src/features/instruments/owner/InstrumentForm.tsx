// An instrument with its booking rules: names, kind and value, place and contact, specifications and
// services, the internal and external prices, and the rules. Model, maker, kind, value and price unit are
// fixed once published (the API does not change them), so an edit shows them disabled.
import { Alert, Button, Card, Col, Flex, Form, Input, Row, Select } from 'antd'
import type { FormRule } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { parseYuan } from '../../../shared/format/yuan'
import { useErrorText } from '../../../shared/ui/errorText'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { enumOptions } from '../../../shared/reference/options'
import { instrumentCategories, instrumentPriceUnits, instrumentStatuses } from '../common/enums'
import type { InstrumentFormValues } from './instrumentFormValues'
import { RulesFields } from './RulesFields'

/** the API's bounds, in fen */
const valueFenMin = 30_000_000
const valueFenMax = 100_000_000_000
const priceFenMax = 100_000_000

type TextName =
  | 'nameZh'
  | 'nameEn'
  | 'maker'
  | 'model'
  | 'locationZh'
  | 'contactName'
  | 'specificationsZh'
  | 'specificationsEn'
  | 'servicesZh'

interface InstrumentFormProps {
  mode: 'create' | 'edit'
  initialValues: Partial<InstrumentFormValues>
  submitting: boolean
  error: unknown
  onSubmit: (values: InstrumentFormValues) => void
  submitLabel: string
  extraActions: ReactNode
}

export function InstrumentForm(props: InstrumentFormProps) {
  const { mode, initialValues, submitting, error, onSubmit, submitLabel, extraActions } = props
  const { t } = useTranslation('instruments')
  const errorText = useErrorText()
  const yuanRule = useYuanRule()
  const categories = enumOptions(instrumentCategories, (category) => t(`enums.category.${category}`))
  const units = enumOptions(instrumentPriceUnits, (unit) => t(`enums.instrumentPriceUnit.${unit}`))
  const statuses = enumOptions(instrumentStatuses, (status) => t(`enums.status.${status}`))
  const fixed = mode === 'edit'
  const required = { required: true, message: t('form.required') }
  const text = (max: number): FormRule[] => [
    { ...required, whitespace: true },
    { max, message: t('form.tooLong') },
  ]
  const externalNotBelowInternal: FormRule = ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      const internal = parseYuan(String(getFieldValue('internalPrice') ?? ''))
      const external = typeof value === 'string' ? parseYuan(value) : null
      if (internal !== null && external !== null && external < internal) {
        throw new Error(t('editor.externalBelowInternal'))
      }
    },
  })
  const textField = (name: TextName, max: number, lang: string, disabled = false) => (
    <Form.Item name={name} label={t(`editor.fields.${name}`)} rules={text(max)}>
      <Input lang={lang} disabled={disabled} />
    </Form.Item>
  )
  const areaField = (name: TextName, max: number, lang: string) => (
    <Form.Item name={name} label={t(`editor.fields.${name}`)} rules={text(max)}>
      <Input.TextArea lang={lang} rows={3} maxLength={max} showCount />
    </Form.Item>
  )

  return (
    <Form<InstrumentFormValues>
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      data-testid="instrument-form"
      scrollToFirstError
    >
      <Flex vertical gap="middle">
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error)} />}
        <Card title={t('editor.basics')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              {textField('nameZh', 200, 'zh-CN')}
            </Col>
            <Col xs={24} md={12}>
              {textField('nameEn', 300, 'en')}
            </Col>
            <Col xs={24} md={8}>
              {textField('maker', 200, 'zh-CN', fixed)}
            </Col>
            <Col xs={24} md={8}>
              {textField('model', 100, 'en', fixed)}
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="category" label={t('fields.category')} rules={[required]}>
                <Select options={categories} disabled={fixed} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="originalValue"
                label={t('editor.fields.originalValue')}
                rules={[required, yuanRule({ minFen: valueFenMin, maxFen: valueFenMax })]}
                extra={t('editor.valueHint')}
              >
                <YuanInput disabled={fixed} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              {textField('locationZh', 300, 'zh-CN')}
            </Col>
            <Col xs={24} md={8}>
              {textField('contactName', 100, 'zh-CN')}
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="contactPhone"
                label={t('editor.fields.contactPhone')}
                rules={[required, { pattern: /^[0-9+()\- ]{5,30}$/, message: t('editor.phoneInvalid') }]}
              >
                <Input inputMode="tel" />
              </Form.Item>
            </Col>
            {fixed && (
              <Col xs={24} md={8}>
                <Form.Item name="status" label={t('fields.status')} rules={[required]}>
                  <Select options={statuses} />
                </Form.Item>
              </Col>
            )}
          </Row>
        </Card>
        <Card title={t('editor.descriptions')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              {areaField('specificationsZh', 4000, 'zh-CN')}
            </Col>
            <Col xs={24} md={12}>
              {areaField('specificationsEn', 4000, 'en')}
            </Col>
            <Col xs={24}>{areaField('servicesZh', 2000, 'zh-CN')}</Col>
          </Row>
        </Card>
        <Card title={t('detail.prices')}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="priceUnit" label={t('editor.fields.priceUnit')} rules={[required]}>
                <Select options={units} disabled={fixed} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="internalPrice"
                label={t('editor.fields.internalPrice')}
                rules={[required, yuanRule({ maxFen: priceFenMax })]}
                extra={t('editor.internalHint')}
              >
                <YuanInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="externalPrice"
                label={t('editor.fields.externalPrice')}
                dependencies={['internalPrice']}
                rules={[required, yuanRule({ maxFen: priceFenMax }), externalNotBelowInternal]}
                extra={t('editor.externalHint')}
              >
                <YuanInput />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('detail.rules')}>
          <RulesFields />
        </Card>
        <Flex gap="small">
          <Button type="primary" htmlType="submit" loading={submitting}>
            {submitLabel}
          </Button>
          {extraActions}
        </Flex>
      </Flex>
    </Form>
  )
}
