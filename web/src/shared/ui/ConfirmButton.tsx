// A move sent once the user confirms it in a popover (withdraw, approve, revoke …): the button spins while it is
// sent, and a notification says that it was done, or why it was refused.
import { App, Button, Popconfirm, type ButtonProps } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from './errorText'

type ConfirmButtonProps = Omit<ButtonProps, 'onClick' | 'loading'> & {
  /** what the popover asks */
  question: string
  description?: ReactNode
  /** the popover's buttons (yes and no, unless told otherwise) */
  okText?: string
  cancelText?: string
  okDanger?: boolean
  /** sends the move */
  send: () => Promise<unknown>
  pending: boolean
  /** the notification once the move is done */
  done: string
}

export function ConfirmButton(props: ConfirmButtonProps) {
  const { question, description, okText, cancelText, okDanger, send, pending, done, ...button } = props
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  // awaited here, not in a mutation's callbacks: once done, the row (and this button) may leave the list
  const confirm = async () => {
    try {
      await send()
      notification.success({ title: done })
    } catch (error) {
      notification.error({ title: errorText(error) })
    }
  }
  return (
    <Popconfirm
      title={question}
      description={description}
      okText={okText ?? t('common.yes')}
      okButtonProps={okDanger === true ? { danger: true } : undefined}
      cancelText={cancelText ?? t('common.no')}
      onConfirm={() => void confirm()}
    >
      <Button {...button} loading={pending} />
    </Popconfirm>
  )
}
