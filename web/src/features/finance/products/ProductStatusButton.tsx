// Withdrawing a product takes it out of matching (referrals already made stand); reactivating brings it back.
import { App, Button, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '../../../shared/ui/errorText'
import type { FinanceProduct } from '../common/finance.types'
import { useUpdateProduct } from './products.queries'

export function ProductStatusButton({
  product,
  size,
}: {
  product: FinanceProduct
  size?: 'small' | 'middle'
}) {
  const { t } = useTranslation('finance')
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const updateProduct = useUpdateProduct()
  const withdrawing = product.status === 'active'
  const change = async () => {
    try {
      await updateProduct.mutateAsync({
        id: product.id,
        body: { status: withdrawing ? 'withdrawn' : 'active' },
      })
      notification.success({
        title: t(withdrawing ? 'products.withdrawn' : 'products.reactivated'),
      })
    } catch (error) {
      notification.error({ title: errorText(error) })
    }
  }
  return (
    <Popconfirm
      title={t(withdrawing ? 'products.withdrawConfirm' : 'products.reactivateConfirm')}
      okText={t('common.yes')}
      cancelText={t('common.no')}
      onConfirm={() => void change()}
    >
      <Button size={size} danger={withdrawing} loading={updateProduct.isPending}>
        {t(withdrawing ? 'products.withdraw' : 'products.reactivate')}
      </Button>
    </Popconfirm>
  )
}
