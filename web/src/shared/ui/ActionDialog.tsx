// The dialog of one move (approve, record, place, refer …): what it does, why the last attempt was refused, the
// fields, and the button that sends it, spinning while it is sent. Back closes it without a change.
import { Form, Modal, Typography, type FormInstance } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { FailureAlert } from './FailureAlert'

/** The change a dialog sends: whether it is on its way, and why its last attempt was refused (else null). */
export interface SentChange {
  isPending: boolean
  error: unknown
}

interface ActionDialogProps {
  title: ReactNode
  okText: string
  /** sends the move */
  onOk: () => void
  onClose: () => void
  /** the move's mutation: the button spins while it is sent, its refusal is shown */
  mutation: SentChange
  /** a line under the refusal: what would be accepted */
  errorDescription?: ReactNode
  /** what the move does, said in a secondary paragraph above everything else */
  explained?: ReactNode
  /** shown above the refusal, as it is */
  intro?: ReactNode
  danger?: boolean
  okDisabled?: boolean
  width?: number
  children?: ReactNode
}

export function ActionDialog(props: ActionDialogProps) {
  const { title, okText, onOk, onClose, mutation, errorDescription, explained, intro, children } = props
  const { t } = useTranslation()
  return (
    <Modal
      open
      width={props.width}
      title={title}
      okText={okText}
      okButtonProps={{ loading: mutation.isPending, danger: props.danger, disabled: props.okDisabled }}
      onOk={onOk}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      {explained !== undefined && <Typography.Paragraph type="secondary">{explained}</Typography.Paragraph>}
      {intro}
      <FailureAlert error={mutation.error} description={errorDescription} spaced />
      {children}
    </Modal>
  )
}

type FormDialogProps<Values> = Omit<ActionDialogProps, 'onOk' | 'children'> & {
  form: FormInstance<Values>
  onFinish: (values: Values) => void
  initialValues?: Partial<Values>
  testId?: string
  /** the fields */
  children: ReactNode
  /** shown under the form */
  after?: ReactNode
}

/** An ActionDialog whose OK submits its form: the move is sent once the fields are valid. */
export function FormDialog<Values extends object>(props: FormDialogProps<Values>) {
  const { form, onFinish, initialValues, testId, children, after, ...dialog } = props
  return (
    <ActionDialog {...dialog} onOk={form.submit}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        data-testid={testId}
      >
        {children}
      </Form>
      {after}
    </ActionDialog>
  )
}
