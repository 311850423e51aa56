// An instrument with its booking rules: names, kind and value, place and contact, specifications and
// services, the internal and external prices, the rules and the weekly opening hours. Model, maker, kind, value and
// price unit are fixed once published (the API does not change them), so an edit shows them disabled.
import { Card, Col, Flex, Form, Input, Row, Select } from 'antd'
import type { FormRule } from 'antd'
import { useTranslation } from 'react-i18next'
import { parseYuan } from '../../../shared/format/yuan'
import { FormActions, type EditorFormProps } from '../../../shared/ui/EditorForm'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { TextField, YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { enumOptions } from '../../../shared/reference/options'
import { instrumentCategories, instrumentPriceUnits, instrumentStatuses } from '../common/enums'
import type { InstrumentFormValues } from './instrumentFormValues'
import { OpeningHoursFields } from './OpeningHoursFields'
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

interface InstrumentFormProps extends EditorFormProps<InstrumentFormValues> {
  mode: 'create' | 'edit'
}

export function InstrumentForm(props: InstrumentFormProps) {
  const { mode, initialValues, submitting, error, onSubmit, submitLabel, backTo } = props
  const { t } = useTranslation('instruments')
  const categories = enumOptions(instrumentCategories, (category) => t(`enums.category.${category}`))
  const statuses = enumOptions(instrumentStatuses, (status) => t(`enums.status.${status}`))
  const fixed = mode === 'edit'
  const { required } = useFormRules()
  const textField = (name: TextName, max: number, lang: string, disabled = false) => (
    <TextField name={name} label={t(`editor.fields.${name}`)} max={max} lang={lang} disabled={disabled} />
  )
  const areaField = (name: TextName, max: number, lang: string) => (
    <TextField name={name} label={t(`editor.fields.${name}`)} max={max} lang={lang} rows={3} />
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
        <FailureAlert error={error} />
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
              <YuanField
                name="originalValue"
                label={t('editor.fields.originalValue')}
                minFen={valueFenMin}
                maxFen={valueFenMax}
                extra={t('editor.valueHint')}
                disabled={fixed}
              />
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
        <PricesCard fixed={fixed} />
        <Card title={t('detail.rules')}>
          <RulesFields />
        </Card>
        <Card title={t('editor.openingHours.title')} data-testid="opening-hours">
          <OpeningHoursFields />
        </Card>
        <FormActions label={submitLabel} submitting={submitting} backTo={backTo} />
      </Flex>
    </Form>
  )
}

/** The internal and external prices (external never below internal), per the unit fixed once published. */
function PricesCard({ fixed }: { fixed: boolean }) {
  const { t } = useTranslation('instruments')
  const { required } = useFormRules()
  const units = enumOptions(instrumentPriceUnits, (unit) => t(`enums.instrumentPriceUnit.${unit}`))
  const externalNotBelowInternal: FormRule = ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      const internal = parseYuan(String(getFieldValue('internalPrice') ?? ''))
      const external = typeof value === 'string' ? parseYuan(value) : null
      if (internal !== null && external !== null && external < internal) {
        throw new Error(t('editor.externalBelowInternal'))
      }
    },
  })
  return (
    <Card title={t('detail.prices')}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="priceUnit" label={t('editor.fields.priceUnit')} rules={[required]}>
            <Select options={units} disabled={fixed} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <YuanField
            name="internalPrice"
            label={t('editor.fields.internalPrice')}
            maxFen={priceFenMax}
            extra={t('editor.internalHint')}
          />
        </Col>
        <Col xs={24} md={8}>
          <YuanField
            name="externalPrice"
            label={t('editor.fields.externalPrice')}
            dependencies={['internalPrice']}
            maxFen={priceFenMax}
            rules={[externalNotBelowInternal]}
            extra={t('editor.externalHint')}
          />
        </Col>
      </Row>
    </Card>
  )
}
