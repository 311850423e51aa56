// Withdrawing a product takes it out of the catalogue (orders already placed stand); publishing brings it back.
import { App, Button, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ServiceProduct } from '../../../shared/api/types'
import { useErrorText } from '../../../shared/ui/errorText'
import { useUpdateProduct } from './products.queries'

export function ProductStatusButton({ product }: { product: ServiceProduct }) {
  const { t } = useTranslation('vouchers')
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const updateProduct = useUpdateProduct()
  const withdrawing = product.status === 'published'
  // awaited here, not in mutate's callbacks: once changed, the row (and this button) leaves the filtered list
  const change = async () => {
    try {
      await updateProduct.mutateAsync({
        id: product.id,
        body: { status: withdrawing ? 'withdrawn' : 'published' },
      })
      notification.success({
        title: t(withdrawing ? 'products.withdrawn' : 'products.republished'),
      })
    } catch (error) {
      notification.error({ title: errorText(error) })
    }
  }
  return (
    <Popconfirm
      title={t(withdrawing ? 'products.withdrawConfirm' : 'products.republishConfirm')}
      okText={t('common.yes')}
      cancelText={t('common.no')}
      onConfirm={() => void change()}
    >
      <Button size="small" danger={withdrawing} loading={updateProduct.isPending}>
        {t(withdrawing ? 'products.withdraw' : 'products.republish')}
      </Button>
    </Popconfirm>
  )
}
