// Funding a scheme: public money moves from the city's appropriation source into the scheme's budget.
import { App, Form, Input, InputNumber } from 'antd'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../shared/api/errors'
import type { VoucherScheme } from '../../../shared/api/types'
import { shanghaiToday } from '../../../shared/format/days'
import { formatFen } from '../../../shared/format/format'
import { yuanToFen } from '../../../shared/format/yuan'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
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
  const roomHint = useAppropriationRoomHint()
  const { required, text } = useFormRules()
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
    <FormDialog
      form={form}
      initialValues={{ budgetYear: Number(shanghaiToday().slice(0, 4)) }}
      onFinish={onFinish}
      testId="appropriation-form"
      title={t('appropriations.add')}
      okText={t('appropriations.submit')}
      mutation={appropriate}
      errorDescription={roomHint(appropriate.error)}
      onClose={onClose}
      explained={t('appropriations.explained', {
        amount: formatFen(scheme.annualBudgetFen, language),
      })}
    >
      <YuanField name="amount" label={t('appropriations.amountYuan')} maxFen={scheme.annualBudgetFen} />
      <Form.Item name="budgetYear" label={t('appropriations.budgetYear')} rules={[required]}>
        <InputNumber min={yearMin} max={yearMax} precision={0} />
      </Form.Item>
      <Form.Item
        name="documentReference"
        label={t('appropriations.documentReference')}
        extra={t('appropriations.documentHint')}
        rules={text(documentLengthMax)}
      >
        <Input />
      </Form.Item>
    </FormDialog>
  )
}
