// The booking form's weekly repeat: how many weeks, and whether a taken week is skipped or stops them all.
import { Checkbox, Col, Form, InputNumber, Radio, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { enumOptions } from '../../../shared/reference/options'
import { recurrenceModes } from '../common/enums'
import { repeatWeeksMax, repeatWeeksMin } from './bookingSlot'

export function RepeatFields({ repeating }: { repeating: boolean }) {
  const { t } = useTranslation('instruments')
  const modes = enumOptions(recurrenceModes, (mode) => t(`enums.recurrenceMode.${mode}`))
  const required = { required: true, message: t('form.required') }
  return (
    <>
      <Form.Item name="repeat" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{t('booking.repeatWeekly')}</Checkbox>
      </Form.Item>
      {repeating && (
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="weeks" label={t('booking.weeks')} rules={[required]}>
              <InputNumber
                min={repeatWeeksMin}
                max={repeatWeeksMax}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="mode" label={t('booking.mode')} rules={[required]}>
              <Radio.Group options={modes} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  )
}
