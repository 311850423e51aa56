// Recording a drawn claim's spot check: a pass lets the officer approve it, a failure rejects it.
import { Alert, App, Form, Input, Modal, Radio } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Redemption } from '../../../shared/api/types'
import { useErrorText } from '../../../shared/ui/errorText'
import { useRecordSpotCheck } from './redemptions.queries'

interface SpotCheckValues {
  passed: boolean
  note: string
}

const noteLengthMax = 500

export function SpotCheckDialog({ redemption, onClose }: { redemption: Redemption; onClose: () => void }) {
  const { t } = useTranslation('vouchers')
  const { notification } = App.useApp()
  const errorText = useErrorText()
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
    <Modal
      open
      title={t('redemptions.spotCheckTitle')}
      okText={t('redemptions.spotCheckRecord')}
      okButtonProps={{ loading: recordSpotCheck.isPending }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      {recordSpotCheck.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(recordSpotCheck.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<SpotCheckValues> form={form} layout="vertical" onFinish={onFinish} data-testid="spot-check-form">
        <Form.Item
          name="passed"
          label={t('redemptions.spotCheckResult')}
          rules={[{ required: true, message: t('form.required') }]}
        >
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
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: noteLengthMax, message: t('form.tooLong') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={noteLengthMax} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
