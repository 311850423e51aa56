// One of the institution's products: every field as the matcher reads it, and the open needs it fits.
import { EditOutlined } from '@ant-design/icons'
import { Card, Descriptions, Flex, Tag } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { RecordTitle } from '../../../shared/ui/RecordPage'
import { CityName } from '../../../shared/reference/CityName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import type { FinanceProduct } from '../common/finance.types'
import { formatFenRange, formatMonthRange, formatRate, formatTenths } from '../common/format'
import { useFinanceProduct } from '../common/names'
import { ProductStatusTag } from '../common/StatusTags'
import { FittingNeeds } from './FittingNeeds'
import { ProductStatusButton } from './ProductStatusButton'

export function FinanceProductPage() {
  const { id = '' } = useParams()
  return <QueryPage query={useFinanceProduct(id)}>{(product) => <ProductView product={product} />}</QueryPage>
}

function ProductView({ product }: { product: FinanceProduct }) {
  const { t } = useTranslation(['finance', 'registry'])
  const { language } = useLanguage()
  const all = <span className="g60-muted">{t('products.all')}</span>
  const list = <Item extends string>(items: readonly Item[], render: (item: Item) => ReactNode) =>
    items.length === 0
      ? all
      : items.map((item, index) => (
          <span key={item}>
            {index > 0 && '、'}
            {render(item)}
          </span>
        ))
  return (
    <Flex vertical gap="middle">
      <RecordTitle
        record={product}
        tags={
          <>
            <Tag>{t(`enums.productType.${product.productType}`)}</Tag>
            <ProductStatusTag status={product.status} />
          </>
        }
        extra={
          <Flex gap="small">
            <LinkButton icon={<EditOutlined />} to={`/finance/products/${product.id}/edit`}>
              {t('products.edit')}
            </LinkButton>
            <ProductStatusButton product={product} />
          </Flex>
        }
      />
      <Card>
        <Descriptions
          column={{ xs: 1, sm: 2, xl: 3 }}
          data-testid="finance-product-facts"
          items={[
            {
              key: 'amount',
              label: t('products.amountRange'),
              children: formatFenRange(product.amountMinFen, product.amountMaxFen, language),
            },
            {
              key: 'term',
              label: t('products.termRange'),
              children: formatMonthRange(product.termMinMonths, product.termMaxMonths, t),
            },
            { key: 'rate', label: t('fields.rateCap'), children: formatRate(product.rateCapBps, t) },
            {
              key: 'cities',
              label: t('products.fields.citiesServed'),
              children: list(product.citiesServed, (code) => <CityName code={code} />),
            },
            {
              key: 'industries',
              label: t('products.fields.industries'),
              children: list(product.industries, (code) => <IndustryName code={code} />),
            },
            {
              key: 'stages',
              label: t('products.fields.stages'),
              children: list(product.stages, (stage) => t(`enums.stage.${stage}`)),
            },
            {
              key: 'minScore',
              label: t('products.fields.minScore'),
              children: formatTenths(product.minScoreTenths, language),
            },
            {
              key: 'certifications',
              label: t('products.certifications'),
              children:
                !product.requiresHighTech && !product.requiresTechSme ? (
                  all
                ) : (
                  <>
                    {product.requiresHighTech && <Tag color="blue">{t('registry:firms.tags.highTech')}</Tag>}
                    {product.requiresTechSme && <Tag color="cyan">{t('registry:firms.tags.techSme')}</Tag>}
                  </>
                ),
            },
            {
              key: 'riskShare',
              label: t('products.fields.riskShare'),
              children: product.riskSharePercent === null ? t('common.none') : `${product.riskSharePercent}%`,
            },
            {
              key: 'description',
              label: t('products.fields.descriptionZh'),
              span: 'filled',
              children: product.descriptionZh,
            },
            {
              key: 'updatedAt',
              label: t('products.updatedAt'),
              children: formatTimestamp(product.updatedAt, language),
            },
          ]}
        />
      </Card>
      <FittingNeeds productId={product.id} />
    </Flex>
  )
}
