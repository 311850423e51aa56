// The scheme editor's basics: issuing city, names, voucher type and who may claim.
import { Card, Col, Form, Radio, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { CheckboxGroupField } from '../../../shared/ui/groupFields'
import type { VoucherScheme } from '../../../shared/api/types'
import { eligibilityCriteria, voucherTypes } from '../../../shared/ui/enums'
import { TextField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { CityName } from '../../../shared/reference/CityName'
import { useCityOptions, enumOptions } from '../../../shared/reference/options'

/** the API's bounds */
const nameZhLengthMax = 200
const nameEnLengthMax = 300

interface BasicsProps {
  /** the scheme being edited: its city and voucher type are fixed */
  scheme?: VoucherScheme
  /** an officer creates schemes of its own city only */
  cityChoice: boolean
}

export function SchemeBasicsSection({ scheme, cityChoice }: BasicsProps) {
  const { t } = useTranslation('vouchers')
  const cities = useCityOptions()
  const types = enumOptions(voucherTypes, (type) => t(`enums.voucherType.${type}`))
  const eligibility = enumOptions(eligibilityCriteria, (criterion) => t(`enums.eligibility.${criterion}`))
  const { required } = useFormRules()
  const editing = scheme !== undefined
  const fixedHint = editing ? t('schemes.hints.fixed') : undefined
  return (
    <Card title={t('schemes.sections.basics')}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          {editing ? (
            <Form.Item label={t('fields.issuingCity')} extra={fixedHint}>
              <CityName code={scheme.cityCode} />
            </Form.Item>
          ) : (
            <Form.Item name="cityCode" label={t('fields.issuingCity')} rules={[required]}>
              <Select options={cities.options} loading={cities.loading} disabled={!cityChoice} />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={8}>
          <TextField name="nameZh" label={t('schemes.fields.nameZh')} max={nameZhLengthMax} lang="zh-CN" />
        </Col>
        <Col xs={24} md={8}>
          <TextField name="nameEn" label={t('schemes.fields.nameEn')} max={nameEnLengthMax} lang="en" />
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="voucherType" label={t('schemes.fields.voucherType')} extra={fixedHint}>
            <Radio.Group options={types} disabled={editing} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="eligibleFirms"
            label={t('schemes.fields.eligibleFirms')}
            extra={t('schemes.hints.eligibleFirms')}
            rules={[{ ...required, type: 'array', min: 1 }]}
          >
            <CheckboxGroupField options={eligibility} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  )
}
