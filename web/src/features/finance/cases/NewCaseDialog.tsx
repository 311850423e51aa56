// Opening a workstation case for a firm of the city: what the visit is about and when the next step is due.
import { App, Form } from 'antd'
import { DateField } from '../../../shared/ui/DateField'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { TextField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { FirmSelect } from './FirmSelect'
import { useCreateCase } from './cases.queries'

interface NewCaseValues {
  firmId: string
  summary: string
  dueOn?: string
}

const summaryLengthMax = 1000

export function NewCaseDialog({ city, onClose }: { city: string | undefined; onClose: () => void }) {
  const { t } = useTranslation('finance')
  const { notification } = App.useApp()
  const createCase = useCreateCase()
  const [form] = Form.useForm<NewCaseValues>()
  const { required } = useFormRules()

  const onFinish = (values: NewCaseValues) =>
    createCase.mutate(
      {
        firmId: values.firmId,
        summary: values.summary.trim(),
        ...(values.dueOn === undefined || values.dueOn === '' ? {} : { dueOn: values.dueOn }),
      },
      {
        onSuccess: () => {
          notification.success({ title: t('cases.created') })
          onClose()
        },
      },
    )

  return (
    <FormDialog
      form={form}
      onFinish={onFinish}
      testId="new-case-form"
      title={t('cases.new')}
      okText={t('cases.create')}
      mutation={createCase}
      onClose={onClose}
    >
      <Form.Item name="firmId" label={t('fields.firm')} rules={[required]}>
        <FirmSelect city={city} />
      </Form.Item>
      <TextField name="summary" label={t('cases.summary')} max={summaryLengthMax} rows={3} />
      <Form.Item name="dueOn" label={t('cases.dueOn')}>
        <DateField min={shanghaiToday()} />
      </Form.Item>
    </FormDialog>
  )
}
