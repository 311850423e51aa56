// One dialog for every move that takes a reason in words: rejecting a claim, a redemption or a booking, cancelling
// an order or a booking. A refusal needs its reason; a cancellation may go without one.
import { Alert, Form, Input, Modal } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from './errorText'

/** the API's bound on a reason */
export const reasonLengthMax = 500

/** The reason field of a form (also in dialogs that ask for more than a reason). */
export function ReasonField({
  label,
  required,
  hint,
  rows = 3,
  showCount,
}: {
  label: string
  required: boolean
  hint?: string
  rows?: number
  showCount?: boolean
}) {
  const { t } = useTranslation()
  return (
    <Form.Item
      name="reason"
      label={label}
      extra={hint}
      rules={[
        ...(required ? [{ required: true, whitespace: true, message: t('form.required') }] : []),
        { max: reasonLengthMax, message: t('form.tooLong') },
      ]}
    >
      <Input.TextArea rows={rows} maxLength={reasonLengthMax} showCount={showCount} />
    </Form.Item>
  )
}

interface ReasonDialogProps {
  title: string
  label: string
  okText: string
  required: boolean
  /** a line under the field: what the reason is for */
  hint?: string
  /** what the move does, said above the field */
  children?: ReactNode
  rows?: number
  pending: boolean
  /** the refusal of the last attempt, or null */
  error: unknown
  /** the reason trimmed, undefined when none was given */
  onSubmit: (reason: string | undefined) => void
  onClose: () => void
}

export function ReasonDialog(props: ReasonDialogProps) {
  const { title, label, okText, required, hint, children, rows, pending, error, onSubmit, onClose } = props
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
      {children}
      {error !== null && error !== undefined && (
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
        <ReasonField label={label} required={required} hint={hint} rows={rows} />
      </Form>
    </Modal>
  )
}
