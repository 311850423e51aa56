// Publishing a new product and changing one (only what changed is sent).
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { useEditorOutcome } from '../../../shared/ui/EditorForm'
import { cityCodes, isOneOf } from '../../../shared/ui/enums'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import type { FinanceProduct } from '../common/finance.types'
import { useFinanceProduct } from '../common/names'
import { ProductForm } from './ProductForm'
import { createBodyOf, newProductValues, updateBodyOf, valuesOf } from './productFormValues'
import { useCreateProduct, useUpdateProduct } from './products.queries'

export function NewFinanceProductPage() {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  const outcome = useEditorOutcome()
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
        backTo="/finance/products"
        onSubmit={(values) =>
          createProduct.mutate(createBodyOf(values), {
            onSuccess: (product) =>
              outcome.done(
                t('products.published', { name: nameOf(product) }),
                `/finance/products/${product.id}`,
              ),
          })
        }
      />
    </>
  )
}

export function EditFinanceProductPage() {
  const { id = '' } = useParams()
  return (
    <QueryPage query={useFinanceProduct(id)}>{(product) => <ProductEditor product={product} />}</QueryPage>
  )
}

function ProductEditor({ product }: { product: FinanceProduct }) {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  const outcome = useEditorOutcome()
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
        backTo={productPath}
        onSubmit={(values) => {
          const changes = updateBodyOf(product, values)
          if (outcome.unchanged(changes, t('products.nothingChanged'))) return
          updateProduct.mutate(
            { id: product.id, body: changes },
            {
              onSuccess: (updated) =>
                outcome.done(t('products.saved', { name: nameOf(updated) }), productPath),
            },
          )
        }}
      />
    </>
  )
}
