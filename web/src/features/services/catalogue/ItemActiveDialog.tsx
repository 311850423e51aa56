// The office stops an item taking applications (停办), or restores it, with the reason it is audited under. Cases
// already filed go on; the catalogue hides a stopped item and filing refuses it.
import { App, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { useSetItemActive } from '../common/services.queries'
import type { ServiceItem } from '../common/services.types'

/** the API's bounds on a reason */
const reasonLengthMin = 2
const reasonLengthMax = 500

export function ItemActiveDialog({ item, onClose }: { item: ServiceItem; onClose: () => void }) {
  const { t } = useTranslation('services')
  const { notification } = App.useApp()
  const [form] = Form.useForm<{ reason: string }>()
  const mutation = useSetItemActive(item.code)
  const active = !item.isActive
  const which = active ? 'restore' : 'withdraw'
  return (
    <FormDialog<{ reason: string }>
      form={form}
      onFinish={(values) =>
        mutation.mutate(
          { active, reason: values.reason.trim() },
          {
            onSuccess: () => {
              notification.success({ title: t(`items.active.${which}Done`) })
              onClose()
            },
          },
        )
      }
      title={t(`items.active.${which}Title`)}
      okText={t(`items.active.${which}`)}
      mutation={mutation}
      danger={!active}
      onClose={onClose}
      explained={t(`items.active.${which}Explained`)}
      testId="item-active-form"
    >
      <Form.Item
        name="reason"
        label={t('items.active.reason')}
        rules={[
          { required: true, whitespace: true, message: t('form.required') },
          { min: reasonLengthMin, message: t('items.active.reasonTooShort') },
          { max: reasonLengthMax },
        ]}
      >
        <Input.TextArea rows={3} maxLength={reasonLengthMax} showCount />
      </Form.Item>
    </FormDialog>
  )
}
