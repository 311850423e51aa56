// Funding a scheme: public money moves from the city's appropriation source into the scheme's budget.
import { Alert, App, Form, Input, InputNumber, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../shared/api/errors'
import type { VoucherScheme } from '../../../shared/api/types'
import { shanghaiToday } from '../../../shared/format/days'
import { formatFen } from '../../../shared/format/format'
import { yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { useAppropriate } from './schemes.queries'

interface AppropriationValues {
  amount: string
  budgetYear: number
  documentReference: string
}

const documentLengthMax = 100
const yearMin = 2000
const yearMax = 2100

/** What a year can still take, from the details of APPROPRIATION_OVER_ANNUAL_BUDGET. */
function useAppropriationRoomHint() {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  return (error: unknown): string | undefined => {
    if (!(error instanceof ApiError)) return undefined
    const { annualBudgetFen, alreadyAppropriatedFen, budgetYear } = error.details
    if (typeof annualBudgetFen !== 'number' || typeof alreadyAppropriatedFen !== 'number') return undefined
    return t('appropriations.room', {
      year: budgetYear,
      already: formatFen(alreadyAppropriatedFen, language),
      room: formatFen(Math.max(0, annualBudgetFen - alreadyAppropriatedFen), language),
    })
  }
}

export function AppropriationDialog({ scheme, onClose }: { scheme: VoucherScheme; onClose: () => void }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const roomHint = useAppropriationRoomHint()
  const yuanRule = useYuanRule()
  const appropriate = useAppropriate(scheme.id)
  const [form] = Form.useForm<AppropriationValues>()

  const onFinish = (values: AppropriationValues) =>
    appropriate.mutate(
      {
        amountFen: yuanToFen(values.amount),
        budgetYear: values.budgetYear,
        documentReference: values.documentReference.trim(),
      },
      {
        onSuccess: ({ appropriation }) => {
          notification.success({
            title: t('appropriations.added', {
              amount: formatFen(appropriation.amountFen, language),
            }),
          })
          onClose()
        },
      },
    )

  return (
    <Modal
      open
      title={t('appropriations.add')}
      okText={t('appropriations.submit')}
      okButtonProps={{ loading: appropriate.isPending }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('appropriations.explained', {
          amount: formatFen(scheme.annualBudgetFen, language),
        })}
      </Typography.Paragraph>
      {appropriate.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(appropriate.error)}
          description={roomHint(appropriate.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<AppropriationValues>
        form={form}
        layout="vertical"
        initialValues={{ budgetYear: Number(shanghaiToday().slice(0, 4)) }}
        onFinish={onFinish}
        data-testid="appropriation-form"
      >
        <Form.Item
          name="amount"
          label={t('appropriations.amountYuan')}
          rules={[
            { required: true, message: t('form.required') },
            yuanRule({ maxFen: scheme.annualBudgetFen }),
          ]}
        >
          <YuanInput />
        </Form.Item>
        <Form.Item
          name="budgetYear"
          label={t('appropriations.budgetYear')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={yearMin} max={yearMax} precision={0} />
        </Form.Item>
        <Form.Item
          name="documentReference"
          label={t('appropriations.documentReference')}
          extra={t('appropriations.documentHint')}
          rules={[
            { required: true, whitespace: true, message: t('form.required') },
            { max: documentLengthMax, message: t('form.tooLong') },
          ]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  )
}
