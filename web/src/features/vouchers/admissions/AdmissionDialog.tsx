// One admission decision: the next status, and a reason (required to suspend or blacklist).
import { Alert, App, Form, Input, Modal, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AdmissionStatus, Provider } from '../../../shared/api/types'
import { useErrorText } from '../../../shared/ui/errorText'
import { admissionMoves, useChangeAdmission } from './admissions.queries'

interface AdmissionValues {
  status: AdmissionStatus
  reason?: string
}

const reasonLengthMax = 500
const needsReason: readonly AdmissionStatus[] = ['suspended', 'blacklisted']

export function AdmissionDialog({ provider, onClose }: { provider: Provider; onClose: () => void }) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const change = useChangeAdmission()
  const [form] = Form.useForm<AdmissionValues>()
  const chosen = Form.useWatch('status', form)
  const moves = admissionMoves[provider.admissionStatus]

  const onFinish = (values: AdmissionValues) => {
    const reason = values.reason?.trim()
    change.mutate(
      { id: provider.id, status: values.status, ...(reason ? { reason } : {}) },
      {
        onSuccess: () => {
          notification.success({ title: t('vouchers.admissions.changed') })
          onClose()
        },
      },
    )
  }

  return (
    <Modal
      open
      title={t('vouchers.admissions.dialogTitle', { name: provider.nameZh })}
      okText={t('vouchers.admissions.confirm')}
      okButtonProps={{
        loading: change.isPending,
        danger: chosen !== undefined && needsReason.includes(chosen),
      }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      {change.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(change.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<AdmissionValues> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="status"
          label={t('vouchers.admissions.nextStatus')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            options={moves.map((status) => ({ value: status, label: t(`enums.admissionStatus.${status}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('vouchers.admissions.reason')}
          rules={[
            {
              required: chosen !== undefined && needsReason.includes(chosen),
              whitespace: true,
              message: t('form.required'),
            },
            { max: reasonLengthMax, message: t('form.tooLong') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={reasonLengthMax} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
