// The product editor: every field of a finance product, amounts in yuan, a rate cap (LPR + bp) for loans only, the
// cities served, the industries and stages accepted (none: all), the minimum score and certifications, and the
// government fund's risk share.
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '../../../shared/ui/errorText'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { enumOptions } from '../../../shared/reference/options'
import { isLending, productTypes } from '../common/enums'
import { ProductEligibilityCard } from './ProductEligibilityCard'
import type { ProductFormValues } from './productFormValues'
import { useRangeRules } from './rangeRules'

/** the API's bounds */
const amountFenMax = 1_000_000_000_000
const rateCapBpsMax = 2000
const termMonthsMax = 360

interface ProductFormProps {
  initialValues: Partial<ProductFormValues>
  submitting: boolean
  error: unknown
  onSubmit: (values: ProductFormValues) => void
  submitLabel: string
  extraActions?: ReactNode
}

export function ProductForm({
  initialValues,
  submitting,
  error,
  onSubmit,
  submitLabel,
  extraActions,
}: ProductFormProps) {
  const { t } = useTranslation('finance')
  const errorText = useErrorText()
  const yuanRule = useYuanRule()
  const rangeRules = useRangeRules()
  const [form] = Form.useForm<ProductFormValues>()
  const productType = Form.useWatch('productType', form) ?? initialValues.productType
  const lending = productType !== undefined && isLending(productType)
  const types = enumOptions(productTypes, (type) => t(`enums.productType.${type}`))
  const required = { required: true, message: t('form.required') }
  const text = (max: number) => [
    { ...required, whitespace: true },
    { max, message: t('form.tooLong') },
  ]

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
        {error !== null && <Alert type="error" showIcon role="alert" title={errorText(error)} />}
        <Card title={t('products.sections.basics')}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="productType" label={t('fields.productType')} rules={[required]}>
                <Select options={types} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="nameZh" label={t('products.fields.nameZh')} rules={text(200)}>
                <Input lang="zh-CN" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="nameEn" label={t('products.fields.nameEn')} rules={text(300)}>
                <Input lang="en" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="descriptionZh" label={t('products.fields.descriptionZh')} rules={text(2000)}>
                <Input.TextArea rows={3} maxLength={2000} showCount lang="zh-CN" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('products.sections.terms')}>
          <Row gutter={16}>
            <Col xs={24} md={12} xl={6}>
              <Form.Item
                name="amountMin"
                label={t('products.fields.amountMin')}
                rules={[required, yuanRule({ maxFen: amountFenMax })]}
              >
                <YuanInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item
                name="amountMax"
                label={t('products.fields.amountMax')}
                dependencies={['amountMin']}
                rules={[required, yuanRule({ maxFen: amountFenMax }), rangeRules.amountMax()]}
              >
                <YuanInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="termMinMonths" label={t('products.fields.termMin')} rules={[required]}>
                <InputNumber
                  min={1}
                  max={termMonthsMax}
                  precision={0}
                  suffix={t('monthsUnit')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item
                name="termMaxMonths"
                label={t('products.fields.termMax')}
                dependencies={['termMinMonths']}
                rules={[required, rangeRules.termMax()]}
              >
                <InputNumber
                  min={1}
                  max={termMonthsMax}
                  precision={0}
                  suffix={t('monthsUnit')}
                  style={{ width: '100%' }}
                />
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
                  <InputNumber
                    min={0}
                    max={rateCapBpsMax}
                    precision={0}
                    prefix={t('rate.lprPrefix')}
                    suffix="bp"
                    style={{ width: '100%' }}
                  />
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
                <InputNumber min={1} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <ProductEligibilityCard />
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
