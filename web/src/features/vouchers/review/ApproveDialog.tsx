// Approving a claim issues its voucher: for the amount asked, or less (never more).
import { Alert, App, Form, Input, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { VoucherClaim } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
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
  const errorText = useErrorText()
  const yuanRule = useYuanRule()
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
    <Modal
      open
      title={t('review.approveTitle')}
      okText={t('review.approve')}
      okButtonProps={{ loading: approveClaim.isPending }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('review.approveExplained', {
          amount: formatFen(claim.requestedAmountFen, language),
        })}
      </Typography.Paragraph>
      {approveClaim.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(approveClaim.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<ApproveValues>
        form={form}
        layout="vertical"
        initialValues={{ amount: fenToYuanText(claim.requestedAmountFen) }}
        onFinish={onFinish}
      >
        <Form.Item
          name="amount"
          label={t('review.approvedYuan')}
          rules={[
            { required: true, message: t('form.required') },
            yuanRule({ maxFen: claim.requestedAmountFen }),
          ]}
        >
          <YuanInput />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('review.note')}
          rules={[{ max: noteLengthMax, message: t('form.tooLong') }]}
        >
          <Input.TextArea rows={2} maxLength={noteLengthMax} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
