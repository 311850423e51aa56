// A move that takes a reason in words (reject, cancel): required for the owner, optional for the booker.
import { Alert, Form, Input, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '../../../shared/ui/errorText'

const reasonLengthMax = 500

interface ReasonDialogProps {
  title: string
  label: string
  okText: string
  required: boolean
  pending: boolean
  error: unknown
  onSubmit: (reason: string | undefined) => void
  onClose: () => void
}

export function ReasonDialog(props: ReasonDialogProps) {
  const { title, label, okText, required, pending, error, onSubmit, onClose } = props
  const { t } = useTranslation()
  const errorText = useErrorText()
  const [form] = Form.useForm<{ reason?: string }>()
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger: true, loading: pending }}
      cancelText={t('common.back')}
      onOk={form.submit}
      onCancel={onClose}
      destroyOnHidden
    >
      {error !== null && (
        <Alert type="error" showIcon role="alert" title={errorText(error)} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          const reason = values.reason?.trim() ?? ''
          onSubmit(reason === '' ? undefined : reason)
        }}
      >
        <Form.Item
          name="reason"
          label={label}
          rules={[
            ...(required ? [{ required: true, whitespace: true, message: t('form.required') }] : []),
            { max: reasonLengthMax, message: t('form.tooLong') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={reasonLengthMax} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
