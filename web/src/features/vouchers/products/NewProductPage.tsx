// A provider publishes a new service product; it is in the catalogue at once.
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useEditorOutcome } from '../../../shared/ui/EditorForm'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ProductForm } from './ProductForm'
import { createBodyOf } from './productFormValues'
import { useCreateProduct } from './products.queries'

export function NewProductPage() {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const outcome = useEditorOutcome()
  const createProduct = useCreateProduct()
  return (
    <>
      <PageTitle title={t('products.new')} subtitle={t('products.newSubtitle')} />
      <ProductForm
        initialValues={{ priceUnit: 'per_service' }}
        submitting={createProduct.isPending}
        error={createProduct.error}
        submitLabel={t('products.publish')}
        backTo="/vouchers/products"
        onSubmit={(values) =>
          createProduct.mutate(createBodyOf(values), {
            onSuccess: (product) =>
              outcome.done(t('products.published', { name: nameOf(product) }), '/vouchers/products'),
          })
        }
      />
    </>
  )
}
