// The issuing city's moves on a licence: suspend, reinstate, revoke, each with its reason in a dialog. Revoking is
// final, so it is confirmed once more before it is sent. Only an officer of the issuing city sees the buttons (the
// server decides every request).
import { App, Button, Flex, Form, Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { User } from '../../../shared/api/types'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { movesFrom } from '../common/enums'
import { useLicenceMove } from '../common/licences.queries'
import type { LicenceDetail, LicenceMove } from '../common/licences.types'

/** the API's bounds on a reason */
const reasonLengthMin = 2
const reasonLengthMax = 500

/** Whether the user may move the licence: an officer of the city that issued it. */
export function mayMoveLicence(
  user: Pick<User, 'role' | 'cityCode'>,
  licence: Pick<LicenceDetail, 'issuerCode'>,
) {
  return user.role === 'city_officer' && user.cityCode === licence.issuerCode
}

export function LicenceMoves({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation('licences')
  const [open, setOpen] = useState<LicenceMove | null>(null)
  const moves = movesFrom(licence.status)
  if (moves.length === 0) return null
  return (
    <>
      <Flex gap="small" wrap>
        {moves.map((move) => (
          <Button
            key={move}
            danger={move === 'revoke'}
            type={move === 'reinstate' ? 'primary' : 'default'}
            onClick={() => setOpen(move)}
            data-testid={`licence-${move}`}
          >
            {t(`moves.${move}`)}
          </Button>
        ))}
      </Flex>
      {open !== null && <MoveDialog licence={licence} move={open} onClose={() => setOpen(null)} />}
    </>
  )
}

function MoveDialog({
  licence,
  move,
  onClose,
}: {
  licence: LicenceDetail
  move: LicenceMove
  onClose: () => void
}) {
  const { t } = useTranslation('licences')
  const { modal, notification } = App.useApp()
  const [form] = Form.useForm<{ reason?: string }>()
  const mutation = useLicenceMove()
  const required = move !== 'reinstate'

  const send = (reason: string | undefined) =>
    mutation.mutate(
      { id: licence.id, move, reason },
      {
        onSuccess: () => {
          notification.success({ title: t(`moves.done.${move}`) })
          onClose()
        },
      },
    )

  const onFinish = (values: { reason?: string }) => {
    const trimmed = values.reason?.trim() ?? ''
    const reason = trimmed === '' ? undefined : trimmed
    if (move !== 'revoke') {
      send(reason)
      return
    }
    modal.confirm({
      title: t('moves.revokeConfirmTitle'),
      content: t('moves.revokeConfirmText'),
      okText: t('moves.revokeConfirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: () => send(reason),
    })
  }

  return (
    <FormDialog<{ reason?: string }>
      form={form}
      onFinish={onFinish}
      title={t(`moves.${move}Title`)}
      okText={t(`moves.${move}`)}
      mutation={mutation}
      danger={move !== 'reinstate'}
      onClose={onClose}
      explained={t(`moves.${move}Explained`)}
      testId="licence-move-form"
    >
      <Form.Item
        name="reason"
        label={required ? t('moves.reason') : t('moves.reasonOptional')}
        extra={t('moves.reasonHint')}
        rules={[
          ...(required ? [{ required: true, whitespace: true, message: t('form.required') }] : []),
          {
            validator: async (_: unknown, value: string | undefined) => {
              const length = value?.trim().length ?? 0
              if (length > 0 && length < reasonLengthMin) throw new Error(t('moves.reasonTooShort'))
            },
          },
          { max: reasonLengthMax, message: t('form.tooLong') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={reasonLengthMax} showCount />
      </Form.Item>
    </FormDialog>
  )
}
