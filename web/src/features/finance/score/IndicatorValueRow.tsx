// One value in the recording dialog: the indicator, its value in the indicator's unit (yuan for money, a percent or
// a count), its source and the day it describes.
import { DeleteOutlined } from '@ant-design/icons'
import { Button, Col, Form, InputNumber, Row, Select } from 'antd'
import { DateField } from '../../../shared/ui/DateField'
import type { FormInstance } from 'antd'
import { useTranslation } from 'react-i18next'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { unitOf } from '../common/enums'
import type { IndicatorCode, IndicatorSource } from '../common/finance.types'

export interface ValueRow {
  code?: IndicatorCode
  yuan?: string
  number?: number
  source: IndicatorSource
  asOf: string
}
export interface RecordValues {
  rows: ValueRow[]
}

/** the API's bound on a value (fen, percent or count) */
const valueMax = 1e15

export interface ValueRowFieldsProps {
  form: FormInstance<RecordValues>
  name: number
  index: number
  indicatorOptions: { value: string; label: string }[]
  sources: { value: IndicatorSource; label: string }[]
  today: string
  onRemove: (() => void) | undefined
}

export function ValueRowFields({
  form,
  name,
  index,
  indicatorOptions,
  sources,
  today,
  onRemove,
}: ValueRowFieldsProps) {
  const { t } = useTranslation('finance')
  const yuanRule = useYuanRule()
  const code = Form.useWatch(['rows', name, 'code'], form)
  const unit = code === undefined ? undefined : unitOf(code)
  const required = { required: true, message: t('form.required') }
  const label = (key: 'indicator' | 'value' | 'source' | 'asOf') =>
    index === 0 ? t(`record.${key}`) : undefined
  return (
    <Row gutter={8} align="top" data-testid="record-row">
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'code']} label={label('indicator')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={indicatorOptions}
            placeholder={t('record.chooseIndicator')}
            aria-label={t('record.indicator')}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={5}>
        {unit === 'fen' ? (
          <Form.Item
            name={[name, 'yuan']}
            label={label('value')}
            rules={[required, yuanRule({ minFen: 0, maxFen: valueMax })]}
          >
            <YuanInput aria-label={t('record.valueYuan')} />
          </Form.Item>
        ) : (
          <Form.Item name={[name, 'number']} label={label('value')} rules={[required]}>
            <InputNumber
              aria-label={t('record.value')}
              min={unit === 'count' ? 0 : -valueMax}
              max={valueMax}
              precision={unit === 'count' ? 0 : 2}
              suffix={unit === 'percent' ? '%' : undefined}
              disabled={unit === undefined}
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
      </Col>
      <Col xs={24} md={5}>
        <Form.Item name={[name, 'source']} label={label('source')} rules={[required]}>
          <Select options={sources} disabled={sources.length === 1} aria-label={t('record.source')} />
        </Form.Item>
      </Col>
      <Col xs={20} md={5}>
        <Form.Item name={[name, 'asOf']} label={label('asOf')} rules={[required]}>
          <DateField max={today} aria-label={t('record.asOf')} />
        </Form.Item>
      </Col>
      <Col xs={4} md={1}>
        {onRemove !== undefined && (
          <Form.Item label={index === 0 ? ' ' : undefined}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              onClick={onRemove}
              aria-label={t('record.removeRow')}
            />
          </Form.Item>
        )}
      </Col>
    </Row>
  )
}
