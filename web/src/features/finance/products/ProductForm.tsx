// The product editor: every field of a finance product, amounts in yuan, a rate cap (LPR + bp) for loans only, the
// cities served, the industries and stages accepted (none: all), the minimum score and certifications, and the
// government fund's risk share.
import { Card, Col, Flex, Form, InputNumber, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { enumOptions } from '../../../shared/reference/options'
import { FormActions, type EditorFormProps } from '../../../shared/ui/EditorForm'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { PercentInput, TextField, YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { isLending, productTypes } from '../common/enums'
import { amountFenMax, MonthsInput, RateBpsInput } from '../common/inputs'
import { ProductEligibilityCard } from './ProductEligibilityCard'
import type { ProductFormValues } from './productFormValues'
import { useRangeRules } from './rangeRules'

export function ProductForm(props: EditorFormProps<ProductFormValues>) {
  const { initialValues, submitting, error, onSubmit, submitLabel, backTo } = props
  const { t } = useTranslation('finance')
  const { required } = useFormRules()
  const rangeRules = useRangeRules()
  const [form] = Form.useForm<ProductFormValues>()
  const productType = Form.useWatch('productType', form) ?? initialValues.productType
  const lending = productType !== undefined && isLending(productType)
  const types = enumOptions(productTypes, (type) => t(`enums.productType.${type}`))

  return (
    <Form<ProductFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      data-testid="finance-product-form"
      scrollToFirstError
    >
      <Flex vertical gap="middle">
        <FailureAlert error={error} />
        <Card title={t('products.sections.basics')}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="productType" label={t('fields.productType')} rules={[required]}>
                <Select options={types} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <TextField name="nameZh" label={t('products.fields.nameZh')} max={200} lang="zh-CN" />
            </Col>
            <Col xs={24} md={8}>
              <TextField name="nameEn" label={t('products.fields.nameEn')} max={300} lang="en" />
            </Col>
            <Col span={24}>
              <TextField
                name="descriptionZh"
                label={t('products.fields.descriptionZh')}
                max={2000}
                rows={3}
                lang="zh-CN"
              />
            </Col>
          </Row>
        </Card>
        <Card title={t('products.sections.terms')}>
          <Row gutter={16}>
            <Col xs={24} md={12} xl={6}>
              <YuanField name="amountMin" label={t('products.fields.amountMin')} maxFen={amountFenMax} />
            </Col>
            <Col xs={24} md={12} xl={6}>
              <YuanField
                name="amountMax"
                label={t('products.fields.amountMax')}
                dependencies={['amountMin']}
                maxFen={amountFenMax}
                rules={[rangeRules.amountMax()]}
              />
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="termMinMonths" label={t('products.fields.termMin')} rules={[required]}>
                <MonthsInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item
                name="termMaxMonths"
                label={t('products.fields.termMax')}
                dependencies={['termMinMonths']}
                rules={[required, rangeRules.termMax()]}
              >
                <MonthsInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              {lending ? (
                <Form.Item
                  name="rateCapBps"
                  label={t('products.fields.rateCap')}
                  extra={t('products.hints.rateCap')}
                  rules={[required]}
                >
                  <RateBpsInput />
                </Form.Item>
              ) : (
                <Form.Item label={t('products.fields.rateCap')} extra={t('products.hints.noRateCap')}>
                  <InputNumber disabled placeholder={t('common.none')} style={{ width: '100%' }} />
                </Form.Item>
              )}
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item
                name="riskSharePercent"
                label={t('products.fields.riskShare')}
                extra={t('products.hints.riskShare')}
              >
                <PercentInput />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <ProductEligibilityCard />
        <FormActions label={submitLabel} submitting={submitting} backTo={backTo} />
      </Flex>
    </Form>
  )
}
