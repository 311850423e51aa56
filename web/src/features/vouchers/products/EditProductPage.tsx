// Editing a product: a new price applies to new orders only (an order keeps the price it was placed at).
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { ServiceProduct } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ProductStatusTag } from '../common/StatusTags'
import { ProductForm } from './ProductForm'
import { updateBodyOf, valuesOf } from './productFormValues'
import { useProduct, useUpdateProduct } from './products.queries'

export function EditProductPage() {
  const { id = '' } = useParams()
  const product = useProduct(id)
  if (product.isPending) return <PageLoading />
  if (product.isError) return <PageError error={product.error} onRetry={() => void product.refetch()} />
  return <ProductEditor product={product.data} />
}

function ProductEditor({ product }: { product: ServiceProduct }) {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const { message, notification } = App.useApp()
  const navigate = useNavigate()
  const updateProduct = useUpdateProduct()
  return (
    <>
      <PageTitle
        title={t('products.edit')}
        subtitle={t('products.editSubtitle')}
        tags={<ProductStatusTag status={product.status} />}
      />
      <ProductForm
        initialValues={valuesOf(product)}
        submitting={updateProduct.isPending}
        error={updateProduct.error}
        submitLabel={t('products.save')}
        extraActions={<LinkButton to="/vouchers/products">{t('common.back')}</LinkButton>}
        onSubmit={(values) => {
          const changes = updateBodyOf(product, values)
          if (Object.keys(changes).length === 0) {
            void message.info(t('products.nothingChanged'))
            return
          }
          updateProduct.mutate(
            { id: product.id, body: changes },
            {
              onSuccess: (updated) => {
                notification.success({ title: t('products.saved', { name: nameOf(updated) }) })
                void navigate('/vouchers/products')
              },
            },
          )
        }}
      />
    </>
  )
}
