// A service product: its category, names and descriptions in both languages, and its price per unit.
import { Card, Col, Form, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { enumOptions } from '../../../shared/reference/options'
import { FormActions, type EditorFormProps } from '../../../shared/ui/EditorForm'
import { priceUnits, serviceCategories } from '../../../shared/ui/enums'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import { TextField, YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import type { ProductFormValues } from './productFormValues'

/** the API's bounds */
const priceFenMax = 10_000_000_000
const nameZhLengthMax = 200
const nameEnLengthMax = 300
const descriptionLengthMax = 2000

export function ProductForm(props: EditorFormProps<ProductFormValues>) {
  const { initialValues, submitting, error, onSubmit, submitLabel, backTo } = props
  const { t } = useTranslation('vouchers')
  const { required } = useFormRules()
  const categories = enumOptions(serviceCategories, (category) => t(`enums.serviceCategory.${category}`))
  const units = enumOptions(priceUnits, (unit) => t(`enums.priceUnit.${unit}`))

  return (
    <Card>
      <Form<ProductFormValues>
        layout="vertical"
        initialValues={initialValues}
        onFinish={onSubmit}
        data-testid="product-form"
      >
        <FailureAlert error={error} spaced />
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="category" label={t('fields.category')} rules={[required]}>
              <Select options={categories} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <YuanField name="price" label={t('products.priceYuan')} maxFen={priceFenMax} />
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="priceUnit" label={t('products.priceUnit')} rules={[required]}>
              <Select options={units} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <TextField name="nameZh" label={t('products.nameZh')} max={nameZhLengthMax} lang="zh-CN" />
          </Col>
          <Col xs={24} md={12}>
            <TextField name="nameEn" label={t('products.nameEn')} max={nameEnLengthMax} lang="en" />
          </Col>
          <Col xs={24} md={12}>
            <TextField
              name="descriptionZh"
              label={t('products.descriptionZh')}
              max={descriptionLengthMax}
              rows={4}
              lang="zh-CN"
            />
          </Col>
          <Col xs={24} md={12}>
            <TextField
              name="descriptionEn"
              label={t('products.descriptionEn')}
              max={descriptionLengthMax}
              rows={4}
              lang="en"
            />
          </Col>
        </Row>
        <FormActions label={submitLabel} submitting={submitting} backTo={backTo} />
      </Form>
    </Card>
  )
}
