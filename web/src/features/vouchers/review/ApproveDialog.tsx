// Approving a claim issues its voucher: for the amount asked, or less (never more).
import { App, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import type { VoucherClaim } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { useApproveClaim } from '../claims/claims.queries'

interface ApproveValues {
  amount: string
  note?: string
}

const noteLengthMax = 500

export function ApproveDialog({ claim, onClose }: { claim: VoucherClaim; onClose: () => void }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const { notification } = App.useApp()

  const { maxLength } = useFormRules()
  const approveClaim = useApproveClaim()
  const [form] = Form.useForm<ApproveValues>()

  const onFinish = (values: ApproveValues) => {
    const note = values.note?.trim() ?? ''
    approveClaim.mutate(
      {
        id: claim.id,
        body: { approvedAmountFen: yuanToFen(values.amount), ...(note === '' ? {} : { note }) },
      },
      {
        onSuccess: ({ voucher }) => {
          if (voucher !== null) {
            notification.success({
              title: t('review.approved', {
                number: voucher.number,
                amount: formatFen(voucher.amountFen, language),
              }),
            })
          }
          onClose()
        },
      },
    )
  }

  return (
    <FormDialog
      form={form}
      initialValues={{ amount: fenToYuanText(claim.requestedAmountFen) }}
      onFinish={onFinish}
      title={t('review.approveTitle')}
      okText={t('review.approve')}
      mutation={approveClaim}
      onClose={onClose}
      explained={t('review.approveExplained', {
        amount: formatFen(claim.requestedAmountFen, language),
      })}
    >
      <YuanField name="amount" label={t('review.approvedYuan')} maxFen={claim.requestedAmountFen} />
      <Form.Item name="note" label={t('review.note')} rules={[maxLength(noteLengthMax)]}>
        <Input.TextArea rows={2} maxLength={noteLengthMax} />
      </Form.Item>
    </FormDialog>
  )
}
