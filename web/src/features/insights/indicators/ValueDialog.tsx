// Entering a published value of an indicator (the office; a city's officer for its own city's values): the scope,
// the end of its period, the value in the indicator's unit, its source (required) and when it was published.
// A value already stored for the same scope and period is replaced only when asked.
import { App, Checkbox, Form, InputNumber, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { DayPicker } from '../../../shared/ui/dayPickers'
import { TextField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { useAddIndicatorValue } from '../common/insights.queries'
import type { Indicator, ValueBody } from '../common/insights.types'

interface ValueFormValues {
  indicatorCode: string
  scope: ValueBody['scope']
  periodEnd: string
  value: number
  source: string
  publishedOn: string
  replace: boolean
}

/** The indicators a user may enter values of: not the measured ones, and for a city officer city indicators only. */
export function enterableIndicators(indicators: Indicator[], cityCode: string | null): Indicator[] {
  return indicators.filter(
    (indicator) => indicator.measure === null && (cityCode === null || indicator.scope === 'city'),
  )
}

export function ValueDialog({ indicators, onClose }: { indicators: Indicator[]; onClose: () => void }) {
  const { t } = useTranslation('insights')
  const { nameOf, isChinese } = useLanguage()
  const { required } = useFormRules()
  const { notification } = App.useApp()
  const user = useCurrentUser()
  const [form] = Form.useForm<ValueFormValues>()
  const add = useAddIndicatorValue()
  const choices = enterableIndicators(indicators, user.role === 'corridor_admin' ? null : user.cityCode)
  const code = Form.useWatch('indicatorCode', form)
  const indicator = choices.find((candidate) => candidate.code === code)
  const scopes = (indicator?.series ?? []).filter(
    (series) => user.role === 'corridor_admin' || series.scope === user.cityCode,
  )
  const onFinish = (values: ValueFormValues) =>
    add.mutate(
      { ...values, source: values.source.trim(), replace: values.replace === true },
      {
        onSuccess: (added) => {
          notification.success({
            title: t(added.replaced ? 'indicators.valueReplaced' : 'indicators.valueAdded', {
              name: isChinese ? added.nameZh : added.nameEn,
            }),
          })
          onClose()
        },
      },
    )
  return (
    <FormDialog<ValueFormValues>
      title={t('indicators.enterValue')}
      okText={t('indicators.save')}
      onClose={onClose}
      mutation={add}
      form={form}
      onFinish={onFinish}
      initialValues={{ replace: false }}
      testId="indicator-value-form"
    >
      <Form.Item name="indicatorCode" label={t('indicators.name')} rules={[required]}>
        <Select
          options={choices.map((candidate) => ({ value: candidate.code, label: nameOf(candidate) }))}
          onChange={() => form.setFieldValue('scope', undefined)}
        />
      </Form.Item>
      <Form.Item name="scope" label={t('indicators.scope')} rules={[required]}>
        <Select
          disabled={indicator === undefined}
          options={scopes.map((series) => ({
            value: series.scope,
            label: isChinese ? series.scopeNameZh : series.scopeNameEn,
          }))}
        />
      </Form.Item>
      <Form.Item name="periodEnd" label={t('indicators.periodEnd')} rules={[required]}>
        <DayPicker />
      </Form.Item>
      <Form.Item
        name="value"
        label={
          indicator === undefined
            ? t('indicators.value')
            : t('indicators.valueIn', { unit: isChinese ? indicator.unitZh : indicator.unitEn })
        }
        rules={[required]}
      >
        <InputNumber precision={indicator?.decimals} style={{ width: '100%' }} />
      </Form.Item>
      <TextField name="source" label={t('indicators.source')} max={500} rows={2} />
      <Form.Item name="publishedOn" label={t('indicators.publishedOn')} rules={[required]}>
        <DayPicker />
      </Form.Item>
      <Form.Item name="replace" valuePropName="checked">
        <Checkbox>{t('indicators.replace')}</Checkbox>
      </Form.Item>
    </FormDialog>
  )
}
