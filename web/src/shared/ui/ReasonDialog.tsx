// One dialog for every move that takes a reason in words: rejecting a claim, a redemption or a booking, cancelling
// an order or a booking. A refusal needs its reason; a cancellation may go without one.
import { Form, Input } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { FormDialog, type SentChange } from './ActionDialog'

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
  /** the move's mutation: the button spins while it is sent, its refusal is shown */
  mutation: SentChange
  /** the reason trimmed, undefined when none was given */
  onSubmit: (reason: string | undefined) => void
  onClose: () => void
}

export function ReasonDialog(props: ReasonDialogProps) {
  const { title, label, okText, required, hint, children, rows, mutation, onSubmit, onClose } = props
  const [form] = Form.useForm<{ reason?: string }>()
  return (
    <FormDialog
      form={form}
      onFinish={(values) => {
        const reason = values.reason?.trim() ?? ''
        onSubmit(reason === '' ? undefined : reason)
      }}
      title={title}
      okText={okText}
      mutation={mutation}
      danger
      onClose={onClose}
      intro={children}
    >
      <ReasonField label={label} required={required} hint={hint} rows={rows} />
    </FormDialog>
  )
}
