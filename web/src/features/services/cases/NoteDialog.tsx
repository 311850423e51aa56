// A move that tells the applicant something in words and is no refusal: what is missing (一次性告知), what the
// deciding office needs before it goes on. The field is the shared reason field, required.
import { Form } from 'antd'
import type { ReactNode } from 'react'
import type { SentChange } from '../../../shared/ui/ActionDialog'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { ReasonField } from '../../../shared/ui/ReasonDialog'

export function NoteDialog({
  title,
  label,
  hint,
  okText,
  intro,
  mutation,
  onSubmit,
  onClose,
}: {
  title: string
  label: string
  hint?: string
  okText: string
  intro?: ReactNode
  mutation: SentChange
  onSubmit: (note: string) => void
  onClose: () => void
}) {
  const [form] = Form.useForm<{ reason?: string }>()
  return (
    <FormDialog
      form={form}
      title={title}
      okText={okText}
      mutation={mutation}
      onClose={onClose}
      explained={intro}
      onFinish={(values) => onSubmit(values.reason?.trim() ?? '')}
      testId="note-dialog"
    >
      <ReasonField label={label} required hint={hint} rows={4} showCount />
    </FormDialog>
  )
}
