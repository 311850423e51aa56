// Editing a product: a new price applies to new orders only (an order keeps the price it was placed at).
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { ServiceProduct } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useEditorOutcome } from '../../../shared/ui/EditorForm'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { ProductStatusTag } from '../common/StatusTags'
import { ProductForm } from './ProductForm'
import { updateBodyOf, valuesOf } from './productFormValues'
import { useProduct, useUpdateProduct } from './products.queries'

export function EditProductPage() {
  const { id = '' } = useParams()
  return <QueryPage query={useProduct(id)}>{(product) => <ProductEditor product={product} />}</QueryPage>
}

function ProductEditor({ product }: { product: ServiceProduct }) {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const outcome = useEditorOutcome()
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
        backTo="/vouchers/products"
        onSubmit={(values) => {
          const changes = updateBodyOf(product, values)
          if (outcome.unchanged(changes, t('products.nothingChanged'))) return
          updateProduct.mutate(
            { id: product.id, body: changes },
            {
              onSuccess: (updated) =>
                outcome.done(t('products.saved', { name: nameOf(updated) }), '/vouchers/products'),
            },
          )
        }}
      />
    </>
  )
}
