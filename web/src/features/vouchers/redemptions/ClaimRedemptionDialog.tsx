// The provider marks an order delivered and claims its voucher share: contract, invoice and the deliverable.
import { UploadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Form, Input, Modal, Typography, Upload, type UploadFile } from 'antd'
import { useTranslation } from 'react-i18next'
import type { VoucherOrder } from '../../../shared/api/types'
import { readFileAsBase64 } from '../../../shared/format/base64'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useErrorText } from '../../../shared/ui/errorText'
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
  const errorText = useErrorText()
  const claimRedemption = useClaimRedemption()
  const [form] = Form.useForm<ClaimValues>()
  const documentRules = [
    { required: true, whitespace: true, message: t('form.required') },
    { max: documentNumberLengthMax, message: t('form.tooLong') },
  ]

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
    <Modal
      open
      title={t('redemptions.claimTitle')}
      okText={t('redemptions.claimSubmit')}
      okButtonProps={{ loading: claimRedemption.isPending }}
      onOk={form.submit}
      cancelText={t('common.back')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('redemptions.claimExplained', { amount: formatFen(order.voucherShareFen, language) })}
      </Typography.Paragraph>
      {claimRedemption.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(claimRedemption.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<ClaimValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        data-testid="claim-redemption-form"
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
      </Form>
    </Modal>
  )
}
