// A service product: its category, names and descriptions in both languages, and its price per unit.
import { Alert, Button, Card, Col, Flex, Form, Input, Row, Select } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { priceUnits, serviceCategories } from '../../../shared/ui/enums'
import { useErrorText } from '../../../shared/ui/errorText'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { enumOptions } from '../../../shared/reference/options'
import type { ProductFormValues } from './productFormValues'

/** the API's bounds */
const priceFenMax = 10_000_000_000
const nameZhLengthMax = 200
const nameEnLengthMax = 300
const descriptionLengthMax = 2000

interface ProductFormProps {
  initialValues: Partial<ProductFormValues>
  submitting: boolean
  error: unknown
  onSubmit: (values: ProductFormValues) => void
  submitLabel: string
  extraActions: ReactNode
}

export function ProductForm(props: ProductFormProps) {
  const { initialValues, submitting, error, onSubmit, submitLabel, extraActions } = props
  const { t } = useTranslation('vouchers')
  const errorText = useErrorText()
  const yuanRule = useYuanRule()
  const categories = enumOptions(serviceCategories, (category) => t(`enums.serviceCategory.${category}`))
  const units = enumOptions(priceUnits, (unit) => t(`enums.priceUnit.${unit}`))
  const required = { required: true, message: t('form.required') }
  const text = (max: number) => [
    { ...required, whitespace: true },
    { max, message: t('form.tooLong') },
  ]

  return (
    <Card>
      <Form<ProductFormValues>
        layout="vertical"
        initialValues={initialValues}
        onFinish={onSubmit}
        data-testid="product-form"
      >
        {error !== null && (
          <Alert type="error" showIcon role="alert" title={errorText(error)} style={{ marginBottom: 16 }} />
        )}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="category" label={t('fields.category')} rules={[required]}>
              <Select options={categories} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="price"
              label={t('products.priceYuan')}
              rules={[required, yuanRule({ maxFen: priceFenMax })]}
            >
              <YuanInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="priceUnit" label={t('products.priceUnit')} rules={[required]}>
              <Select options={units} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameZh" label={t('products.nameZh')} rules={text(nameZhLengthMax)}>
              <Input lang="zh-CN" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameEn" label={t('products.nameEn')} rules={text(nameEnLengthMax)}>
              <Input lang="en" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="descriptionZh"
              label={t('products.descriptionZh')}
              rules={text(descriptionLengthMax)}
            >
              <Input.TextArea lang="zh-CN" rows={4} maxLength={descriptionLengthMax} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="descriptionEn"
              label={t('products.descriptionEn')}
              rules={text(descriptionLengthMax)}
            >
              <Input.TextArea lang="en" rows={4} maxLength={descriptionLengthMax} showCount />
            </Form.Item>
          </Col>
        </Row>
        <Flex gap="small">
          <Button type="primary" htmlType="submit" loading={submitting}>
            {submitLabel}
          </Button>
          {extraActions}
        </Flex>
      </Form>
    </Card>
  )
}
