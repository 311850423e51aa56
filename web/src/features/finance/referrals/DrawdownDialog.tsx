// Recording the drawdown of an approved referral: the amount drawn, in yuan, at most what was approved.
import { Alert, App, Form, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import type { Referral } from '../common/finance.types'
import { useDrawdown } from './referrals.queries'

export function DrawdownDialog({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const yuanRule = useYuanRule()
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
    <Modal
      open
      title={t('drawdown.title')}
      okText={t('drawdown.submit')}
      okButtonProps={{ loading: drawdown.isPending }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('drawdown.explained', { amount: formatFen(approvedFen, language) })}
      </Typography.Paragraph>
      {drawdown.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(drawdown.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ amount: fenToYuanText(approvedFen) }}
        onFinish={onFinish}
      >
        <Form.Item
          name="amount"
          label={t('drawdown.amountYuan')}
          rules={[{ required: true, message: t('form.required') }, yuanRule({ maxFen: approvedFen })]}
        >
          <YuanInput />
        </Form.Item>
      </Form>
    </Modal>
  )
}
