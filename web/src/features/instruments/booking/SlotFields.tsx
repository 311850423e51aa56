// The booking form's when: a Shanghai day with start and end times (an end at or before the start is the next
// day), and the samples of a per-sample instrument.
import { Col, Form, InputNumber, Row, Tag } from 'antd'
import { DateField, TimeField } from '../../../shared/ui/DateField'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'

const samplesMax = 10_000

export function SlotFields({ overnight, perSample }: { overnight: boolean; perSample: boolean }) {
  const { t } = useTranslation('instruments')
  const required = { required: true, message: t('form.required') }
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item name="day" label={t('booking.day')} rules={[required]}>
            <DateField min={shanghaiToday()} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={7}>
          <Form.Item name="startTime" label={t('booking.startTime')} rules={[required]}>
            <TimeField />
          </Form.Item>
        </Col>
        <Col xs={12} sm={7}>
          <Form.Item
            name="endTime"
            label={t('booking.endTime')}
            rules={[required]}
            extra={overnight ? <Tag color="orange">{t('booking.nextDay')}</Tag> : undefined}
          >
            <TimeField />
          </Form.Item>
        </Col>
      </Row>
      {perSample && (
        <Form.Item name="sampleCount" label={t('fields.samples')} rules={[required]}>
          <InputNumber min={1} max={samplesMax} precision={0} style={{ width: 160 }} />
        </Form.Item>
      )}
    </>
  )
}
