// Recording the drawdown of an approved referral: the amount drawn, in yuan, at most what was approved.
import { App, Form } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { YuanField } from '../../../shared/ui/formFields'
import type { Referral } from '../common/finance.types'
import { useDrawdown } from './referrals.queries'

export function DrawdownDialog({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const { notification } = App.useApp()

  const drawdown = useDrawdown()
  const [form] = Form.useForm<{ amount: string }>()
  const approvedFen = referral.approvedAmountFen ?? 0

  const onFinish = ({ amount }: { amount: string }) =>
    drawdown.mutate(
      { id: referral.id, body: { drawnAmountFen: yuanToFen(amount) } },
      {
        onSuccess: (drawn) => {
          notification.success({
            title: drawn.isFirstLoan
              ? t('drawdown.doneFirst', { amount: formatFen(drawn.drawnAmountFen ?? 0, language) })
              : t('drawdown.done', { amount: formatFen(drawn.drawnAmountFen ?? 0, language) }),
          })
          onClose()
        },
      },
    )

  return (
    <FormDialog
      form={form}
      initialValues={{ amount: fenToYuanText(approvedFen) }}
      onFinish={onFinish}
      title={t('drawdown.title')}
      okText={t('drawdown.submit')}
      mutation={drawdown}
      onClose={onClose}
      explained={t('drawdown.explained', { amount: formatFen(approvedFen, language) })}
    >
      <YuanField name="amount" label={t('drawdown.amountYuan')} maxFen={approvedFen} />
    </FormDialog>
  )
}
