// Recording a drawn claim's spot check: a pass lets the officer approve it, a failure rejects it.
import { App, Form, Input, Radio } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Redemption } from '../../../shared/api/types'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { useFormRules } from '../../../shared/ui/formRules'
import { useRecordSpotCheck } from './redemptions.queries'

interface SpotCheckValues {
  passed: boolean
  note: string
}

const noteLengthMax = 500

export function SpotCheckDialog({ redemption, onClose }: { redemption: Redemption; onClose: () => void }) {
  const { t } = useTranslation('vouchers')
  const { notification } = App.useApp()
  const { required, text } = useFormRules()
  const recordSpotCheck = useRecordSpotCheck()
  const [form] = Form.useForm<SpotCheckValues>()

  const onFinish = (values: SpotCheckValues) =>
    recordSpotCheck.mutate(
      { id: redemption.id, body: { passed: values.passed, note: values.note.trim() } },
      {
        onSuccess: () => {
          notification.success({
            title: t(values.passed ? 'redemptions.spotCheckPassed' : 'redemptions.spotCheckFailed'),
          })
          onClose()
        },
      },
    )

  return (
    <FormDialog
      form={form}
      onFinish={onFinish}
      testId="spot-check-form"
      title={t('redemptions.spotCheckTitle')}
      okText={t('redemptions.spotCheckRecord')}
      mutation={recordSpotCheck}
      onClose={onClose}
    >
      <Form.Item name="passed" label={t('redemptions.spotCheckResult')} rules={[required]}>
        <Radio.Group
          options={[
            { value: true, label: t('enums.spotCheckResult.passed') },
            { value: false, label: t('enums.spotCheckResult.failed') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('redemptions.spotCheckNote')}
        extra={t('redemptions.spotCheckNoteHint')}
        rules={text(noteLengthMax)}
      >
        <Input.TextArea rows={3} maxLength={noteLengthMax} />
      </Form.Item>
    </FormDialog>
  )
}
