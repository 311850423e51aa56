// A settlement run pays a city's approved, unsettled redemptions of a period (both days included) as one batch.
import { App, Form, Select } from 'antd'
import { DateField } from '../../../shared/ui/DateField'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { CityCode } from '../../../shared/api/types'
import { isDay, shanghaiStartOf, shanghaiToday } from '../../../shared/format/days'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityCodes, isOneOf } from '../../../shared/ui/enums'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { useCityOptions } from '../../../shared/reference/options'
import { useCreateSettlement } from './settlements.queries'

interface SettlementValues {
  cityCode: CityCode
  periodStart: string
  periodEnd: string
}

export function NewSettlementDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('vouchers')
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const user = useCurrentUser()
  const cities = useCityOptions()
  const createSettlement = useCreateSettlement()
  const [form] = Form.useForm<SettlementValues>()
  const today = shanghaiToday()
  const ownCity = isOneOf(cityCodes, user.cityCode) ? user.cityCode : undefined
  const dayRule = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('settlements.validation.day') }

  const onFinish = (values: SettlementValues) =>
    createSettlement.mutate(values, {
      onSuccess: (run) => {
        notification.success({ title: t('settlements.created', { count: run.redemptionCount }) })
        onClose()
        void navigate(`/vouchers/settlements/${run.id}`)
      },
    })

  return (
    <FormDialog
      form={form}
      initialValues={{ cityCode: ownCity, periodStart: shanghaiStartOf('month'), periodEnd: today }}
      onFinish={onFinish}
      testId="settlement-form"
      title={t('settlements.new')}
      okText={t('settlements.runNow')}
      mutation={createSettlement}
      onClose={onClose}
      explained={t('settlements.newExplained')}
    >
      <Form.Item
        name="cityCode"
        label={t('fields.issuingCity')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Select options={cities.options} loading={cities.loading} disabled={ownCity !== undefined} />
      </Form.Item>
      <Form.Item
        name="periodStart"
        label={t('settlements.periodStart')}
        rules={[{ required: true, message: t('form.required') }, dayRule]}
      >
        <DateField max={today} />
      </Form.Item>
      <Form.Item
        name="periodEnd"
        label={t('settlements.periodEnd')}
        extra={t('settlements.periodEndHint')}
        dependencies={['periodStart']}
        rules={[
          { required: true, message: t('form.required') },
          dayRule,
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              const start: unknown = getFieldValue('periodStart')
              if (typeof value !== 'string' || !isDay(value) || typeof start !== 'string') return
              if (value < start) throw new Error(t('settlements.validation.endBeforeStart'))
              if (value > today) throw new Error(t('settlements.validation.endAfterToday'))
            },
          }),
        ]}
      >
        <DateField max={today} />
      </Form.Item>
    </FormDialog>
  )
}
