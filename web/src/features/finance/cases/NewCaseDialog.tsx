// Opening a workstation case for a firm of the city: what the visit is about and when the next step is due.
import { Alert, App, Form, Input, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { useErrorText } from '../../../shared/ui/errorText'
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
  const errorText = useErrorText()
  const createCase = useCreateCase()
  const [form] = Form.useForm<NewCaseValues>()
  const required = { required: true, message: t('form.required') }

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
    <Modal
      open
      title={t('cases.new')}
      okText={t('cases.create')}
      okButtonProps={{ loading: createCase.isPending }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      {createCase.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(createCase.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<NewCaseValues> form={form} layout="vertical" onFinish={onFinish} data-testid="new-case-form">
        <Form.Item name="firmId" label={t('fields.firm')} rules={[required]}>
          <FirmSelect city={city} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('cases.summary')}
          rules={[
            { ...required, whitespace: true },
            { max: summaryLengthMax, message: t('form.tooLong') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={summaryLengthMax} showCount />
        </Form.Item>
        <Form.Item name="dueOn" label={t('cases.dueOn')}>
          <Input type="date" min={shanghaiToday()} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
