// Saving the draft as a new version of the rule: the day it takes effect (today or later, within the item's
// validity), a note, and the refusal of the last save.
import { SaveOutlined } from '@ant-design/icons'
import { Button, Col, Divider, Flex, Form, Input, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { DayPicker } from '../../../shared/ui/dayPickers'
import { FailureAlert } from '../../../shared/ui/FailureAlert'
import type { PolicyItem } from '../common/policies.types'
import { ruleBounds } from './ruleDraft'

export function SaveBar({
  item,
  pending,
  failure,
  onClose,
}: {
  item: PolicyItem
  pending: boolean
  /** why the last save was refused, if it was */
  failure: { error: unknown } | null
  onClose: () => void
}) {
  const { t } = useTranslation('policies')
  const today = shanghaiToday()
  return (
    <>
      <Divider titlePlacement="start">{t('editor.saveTitle')}</Divider>
      {failure !== null && <FailureAlert error={failure.error} spaced />}
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item
            name="effectiveFrom"
            label={t('editor.effectiveFrom')}
            extra={t('editor.effectiveFromHint')}
            rules={[{ required: true, message: t('editor.required') }]}
          >
            <DayPicker
              disabledDay={(day) => day < today || day > item.validUntil}
              ariaLabel={t('editor.effectiveFrom')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="note"
            label={t('editor.note')}
            rules={[{ max: ruleBounds.noteLengthMax, message: t('editor.tooLong') }]}
          >
            <Input.TextArea
              rows={1}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={ruleBounds.noteLengthMax}
              placeholder={t('editor.notePlaceholder')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap="small" wrap justify="flex-end">
        <Button onClick={onClose}>{t('editor.cancel')}</Button>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={pending}
          data-testid="rule-save"
        >
          {t('editor.save')}
        </Button>
      </Flex>
    </>
  )
}
