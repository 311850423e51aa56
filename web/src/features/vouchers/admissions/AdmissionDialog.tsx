// One admission decision: the next status, and a reason (required to suspend or blacklist).
import { App, Form, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AdmissionStatus, Provider } from '../../../shared/api/types'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { ReasonField } from '../../../shared/ui/ReasonDialog'
import { admissionMoves, useChangeAdmission } from './admissions.queries'

interface AdmissionValues {
  status: AdmissionStatus
  reason?: string
}

const needsReason: readonly AdmissionStatus[] = ['suspended', 'blacklisted']

export function AdmissionDialog({ provider, onClose }: { provider: Provider; onClose: () => void }) {
  const { t } = useTranslation('vouchers')
  const { notification } = App.useApp()
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
          notification.success({ title: t('admissions.changed') })
          onClose()
        },
      },
    )
  }

  return (
    <FormDialog
      form={form}
      onFinish={onFinish}
      title={t('admissions.dialogTitle', { name: provider.nameZh })}
      okText={t('admissions.confirm')}
      mutation={change}
      danger={chosen !== undefined && needsReason.includes(chosen)}
      onClose={onClose}
    >
      <Form.Item
        name="status"
        label={t('admissions.nextStatus')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Select
          options={moves.map((status) => ({ value: status, label: t(`enums.admissionStatus.${status}`) }))}
        />
      </Form.Item>
      <ReasonField
        label={t('admissions.reason')}
        required={chosen !== undefined && needsReason.includes(chosen)}
      />
    </FormDialog>
  )
}
