// Publishing a new product and changing one (only what changed is sent).
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityCodes, isOneOf } from '../../../shared/ui/enums'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import type { FinanceProduct } from '../common/finance.types'
import { useFinanceProduct } from '../common/names'
import { ProductForm } from './ProductForm'
import { createBodyOf, newProductValues, updateBodyOf, valuesOf } from './productFormValues'
import { useCreateProduct, useUpdateProduct } from './products.queries'

export function NewFinanceProductPage() {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const user = useCurrentUser()
  const createProduct = useCreateProduct()
  const city = isOneOf(cityCodes, user.cityCode) ? user.cityCode : undefined
  return (
    <>
      <PageTitle title={t('products.new')} subtitle={t('products.newSubtitle')} />
      <ProductForm
        initialValues={newProductValues(city)}
        submitting={createProduct.isPending}
        error={createProduct.error}
        submitLabel={t('products.publish')}
        extraActions={<LinkButton to="/finance/products">{t('common.back')}</LinkButton>}
        onSubmit={(values) =>
          createProduct.mutate(createBodyOf(values), {
            onSuccess: (product) => {
              notification.success({ title: t('products.published', { name: nameOf(product) }) })
              void navigate(`/finance/products/${product.id}`)
            },
          })
        }
      />
    </>
  )
}

export function EditFinanceProductPage() {
  const { id = '' } = useParams()
  const product = useFinanceProduct(id)
  if (product.isPending) return <PageLoading />
  if (product.isError) return <PageError error={product.error} onRetry={() => void product.refetch()} />
  return <ProductEditor product={product.data} />
}

function ProductEditor({ product }: { product: FinanceProduct }) {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  const { message, notification } = App.useApp()
  const navigate = useNavigate()
  const updateProduct = useUpdateProduct()
  const productPath = `/finance/products/${product.id}`
  return (
    <>
      <PageTitle title={t('products.edit')} subtitle={nameOf(product)} />
      <ProductForm
        initialValues={valuesOf(product)}
        submitting={updateProduct.isPending}
        error={updateProduct.error}
        submitLabel={t('products.save')}
        extraActions={<LinkButton to={productPath}>{t('common.back')}</LinkButton>}
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
                void navigate(productPath)
              },
            },
          )
        }}
      />
    </>
  )
}
