// The provider marks an order delivered and claims its voucher share: contract, invoice and the deliverable.
import { UploadOutlined } from '@ant-design/icons'
import { App, Button, Form, Input, Upload, type UploadFile } from 'antd'
import { useTranslation } from 'react-i18next'
import type { VoucherOrder } from '../../../shared/api/types'
import { readFileAsBase64 } from '../../../shared/format/base64'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { useFormRules } from '../../../shared/ui/formRules'
import { useClaimRedemption } from './redemptions.queries'

interface ClaimValues {
  contractNumber: string
  invoiceNumber: string
  deliverable: UploadFile[]
}

/** the API's bounds */
const deliverableBytesMax = 5 * 1024 * 1024
const documentNumberLengthMax = 64

export function ClaimRedemptionDialog({ order, onClose }: { order: VoucherOrder; onClose: () => void }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const claimRedemption = useClaimRedemption()
  const [form] = Form.useForm<ClaimValues>()
  const documentRules = useFormRules().text(documentNumberLengthMax)

  const onFinish = async (values: ClaimValues) => {
    const file = values.deliverable[0]?.originFileObj
    if (file === undefined) return
    let contentBase64: string
    try {
      contentBase64 = await readFileAsBase64(file)
    } catch {
      notification.error({ title: t('redemptions.fileUnreadable') })
      return
    }
    claimRedemption.mutate(
      {
        orderId: order.id,
        contractNumber: values.contractNumber.trim(),
        invoiceNumber: values.invoiceNumber.trim(),
        deliverable: {
          fileName: file.name,
          contentType: file.type === '' ? 'application/octet-stream' : file.type,
          contentBase64,
        },
      },
      {
        onSuccess: (redemption) => {
          notification.success({
            title: t('redemptions.claimed', { amount: formatFen(redemption.amountFen, language) }),
          })
          onClose()
        },
      },
    )
  }

  return (
    <FormDialog
      form={form}
      onFinish={(values) => void onFinish(values)}
      testId="claim-redemption-form"
      title={t('redemptions.claimTitle')}
      okText={t('redemptions.claimSubmit')}
      mutation={claimRedemption}
      onClose={onClose}
      explained={t('redemptions.claimExplained', { amount: formatFen(order.voucherShareFen, language) })}
    >
      <Form.Item name="contractNumber" label={t('redemptions.contractNumber')} rules={documentRules}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="invoiceNumber" label={t('redemptions.invoiceNumber')} rules={documentRules}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="deliverable"
        label={t('redemptions.deliverable')}
        extra={t('redemptions.deliverableHint')}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
        rules={[
          { required: true, type: 'array', min: 1, message: t('redemptions.deliverableRequired') },
          {
            validator: async (_rule, files: UploadFile[] | undefined) => {
              const size = files?.[0]?.size ?? 0
              if (size > deliverableBytesMax) throw new Error(t('redemptions.deliverableTooLarge'))
            },
          },
        ]}
      >
        <Upload beforeUpload={() => false} maxCount={1}>
          <Button icon={<UploadOutlined />}>{t('redemptions.chooseFile')}</Button>
        </Upload>
      </Form.Item>
    </FormDialog>
  )
}
