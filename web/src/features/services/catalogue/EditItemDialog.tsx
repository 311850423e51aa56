// The corridor office edits an item's time limits, fee and descriptions, saying why; the server keeps the earlier
// version for the cases filed under it, and the versions table shows the new one.
import { App, Form, Input, InputNumber } from 'antd'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { YuanField } from '../../../shared/ui/formFields'
import { useFormRules } from '../../../shared/ui/formRules'
import { useEditItem } from '../common/services.queries'
import type { ServiceItem } from '../common/services.types'
import { editValuesOf, itemBodyOf, type ItemEditValues } from './itemEdit'

/** As the API bounds them: days 1–60, fee up to ¥1,000,000, descriptions and the note in characters. */
const daysMax = 60
const feeMaxFen = 100_000_000
const descriptionZhMax = 2000
const descriptionEnMax = 3000
const changeNoteMax = 500

export function EditItemDialog({ item, onClose }: { item: ServiceItem; onClose: () => void }) {
  const { t } = useTranslation('services')
  const { notification } = App.useApp()
  const { required, text } = useFormRules()
  const edit = useEditItem(item.code)
  const [form] = Form.useForm<ItemEditValues>()
  const onFinish = (values: ItemEditValues) =>
    edit.mutate(itemBodyOf(item, values), {
      onSuccess: (edited) => {
        notification.success({ title: t('items.edited', { version: edited.version }) })
        onClose()
      },
    })
  const days = (name: 'promisedDays' | 'statutoryDays', label: string) => (
    <Form.Item name={name} label={label} rules={[required]}>
      <InputNumber min={1} max={daysMax} precision={0} suffix={t('items.days')} style={{ width: '100%' }} />
    </Form.Item>
  )
  return (
    <FormDialog
      form={form}
      initialValues={editValuesOf(item)}
      onFinish={onFinish}
      testId="item-edit-form"
      title={t('items.editTitle', { code: item.code })}
      okText={t('items.editSubmit')}
      mutation={edit}
      onClose={onClose}
      explained={t('items.editExplained')}
    >
      {days('promisedDays', t('items.promised'))}
      {days('statutoryDays', t('items.statutory'))}
      <YuanField name="fee" label={t('items.feeYuan')} minFen={0} maxFen={feeMaxFen} />
      <Form.Item name="descriptionZh" label={t('items.descriptionZh')} rules={text(descriptionZhMax)}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="descriptionEn" label={t('items.descriptionEn')} rules={text(descriptionEnMax)}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="changeNote"
        label={t('items.changeNote')}
        extra={t('items.changeNoteHint')}
        rules={text(changeNoteMax)}
      >
        <Input.TextArea rows={2} showCount maxLength={changeNoteMax} />
      </Form.Item>
    </FormDialog>
  )
}
