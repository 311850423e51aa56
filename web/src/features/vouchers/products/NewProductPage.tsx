// A provider publishes a new service product; it is in the catalogue at once.
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ProductForm } from './ProductForm'
import { createBodyOf } from './productFormValues'
import { useCreateProduct } from './products.queries'

export function NewProductPage() {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const createProduct = useCreateProduct()
  return (
    <>
      <PageTitle title={t('products.new')} subtitle={t('products.newSubtitle')} />
      <ProductForm
        initialValues={{ priceUnit: 'per_service' }}
        submitting={createProduct.isPending}
        error={createProduct.error}
        submitLabel={t('products.publish')}
        extraActions={<LinkButton to="/vouchers/products">{t('common.back')}</LinkButton>}
        onSubmit={(values) =>
          createProduct.mutate(createBodyOf(values), {
            onSuccess: (product) => {
              notification.success({ title: t('products.published', { name: nameOf(product) }) })
              void navigate('/vouchers/products')
            },
          })
        }
      />
    </>
  )
}
