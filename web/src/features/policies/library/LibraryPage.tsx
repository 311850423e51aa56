// The policy library (政策库): every policy of the nine cities and of the corridor office, published last first (or
// by code), found by its code, document number or words of a title, narrowed by issuer and counted; each policy
// with its items (category, payout mode, budget, validity), an item one click from
// its page with its rule.
import { CalculatorOutlined } from '@ant-design/icons'
import { Card, Empty, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PagedRows } from '../../../shared/list/PagedRows'
import { sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import { column, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { Day } from '../../../shared/ui/Formatted'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { Money } from '../../../shared/ui/Money'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useIssuerOptions } from '../common/issuers'
import { useBilingual, useTitles } from '../common/names'
import {
  calculatorPath,
  itemPath,
  policyPages,
  policySortDefault,
  policySortKeys,
  type PolicySort,
} from '../common/policies.queries'
import type { Policy, PolicyItem } from '../common/policies.types'
import { CategoryTag, IssuerName, PayoutModeTag } from '../common/Tags'
import { Validity } from '../common/Validity'
import '../policies.css'

/** The orders offered, the default first. */
const policyOrders: PolicySort[] = ['-publishedOn', 'publishedOn', 'code', '-code']

export function LibraryPage() {
  const { t } = useTranslation('policies')
  const issuers = useIssuerOptions()
  const list = usePagedList(policyPages, (url) => ({
    q: url.text('q'),
    issuer: url.text('issuer'),
    sort: sortFilter(url, policySortKeys, policySortDefault),
  }))
  const empty = list.items.length === 0 && !list.query.isFetching
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('nav.library')}
        subtitle={t('library.subtitle')}
        extra={
          <LinkButton icon={<CalculatorOutlined />} to={calculatorPath}>
            {t('library.toCalculator')}
          </LinkButton>
        }
      />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="policies">
          <SearchFilter label={t('library.search')} placeholder={t('library.searchPlaceholder')} />
          <SelectFilter
            name="issuer"
            label={t('library.issuer')}
            width={180}
            options={issuers.options}
            loading={issuers.loading}
          />
          {/* the cards have no headers to click: the library's order is chosen here */}
          <SelectFilter
            name="sort"
            label={t('library.order')}
            width={180}
            fallback={policySortDefault}
            clearable={false}
            value={list.filters.sort}
            options={policyOrders.map((order) => ({ value: order, label: t(`library.orders.${order}`) }))}
          />
        </FilterBar>
      </Card>
      <PagedRows list={list}>
        {empty ? (
          <Card>
            <Empty description={t('library.empty')} />
          </Card>
        ) : (
          <Flex vertical gap="middle" data-testid="policy-list">
            {list.items.map((policy) => (
              <PolicyCard key={policy.id} policy={policy} />
            ))}
          </Flex>
        )}
      </PagedRows>
    </Flex>
  )
}

function PolicyCard({ policy }: { policy: Policy }) {
  const { t } = useTranslation('policies')
  const { titleOf, otherTitleOf } = useTitles()
  const inLanguage = useBilingual()
  return (
    <Card
      className="g60-policy-card"
      data-testid="policy"
      data-policy={policy.code}
      title={
        <>
          <span className="g60-policy-title">{titleOf(policy)}</span>
          <span className="g60-secondary-name">{otherTitleOf(policy)}</span>
        </>
      }
    >
      <Flex vertical gap="small">
        <Typography.Text type="secondary">
          <IssuerName code={policy.issuerCode} />
          {' · '}
          <span className="g60-document-number">{policy.documentNumber}</span>
          {' · '}
          {t('library.publishedOn')} <Day day={policy.publishedOn} />
        </Typography.Text>
        <Typography.Paragraph
          ellipsis={{
            rows: 2,
            expandable: 'collapsible',
            symbol: (expanded: boolean) => t(expanded ? 'library.less' : 'library.more'),
          }}
          style={{ marginBottom: 0 }}
        >
          {inLanguage(policy.textZh, policy.textEn)}
        </Typography.Paragraph>
        <ItemsTable items={policy.items} />
      </Flex>
    </Card>
  )
}

/** A policy's items: each a link to its page, with its category, payout mode, budget and validity. */
function ItemsTable({ items }: { items: PolicyItem[] }) {
  const { t } = useTranslation('policies')
  const { titleOf } = useTitles()
  const columns: Column<PolicyItem>[] = [
    column(
      'item',
      t('item.item'),
      (item) => (
        <>
          <Link to={itemPath(item.id)}>{titleOf(item)}</Link>
          <span className="g60-secondary-name g60-document-number">{item.code}</span>
        </>
      ),
      300,
    ),
    column(
      'kind',
      t('item.kind'),
      (item) => (
        <Flex wrap gap={4}>
          <CategoryTag category={item.category} />
          <PayoutModeTag mode={item.payoutMode} />
        </Flex>
      ),
      190,
    ),
    column(
      'budget',
      t('item.budget'),
      (item) =>
        item.budgetFen > 0 ? (
          <Money fen={item.budgetFen} />
        ) : (
          <span className="g60-muted">{t('facts.none')}</span>
        ),
      { width: 150, align: 'right' },
    ),
    column(
      'validity',
      t('item.validity'),
      (item) => <Validity from={item.validFrom} until={item.validUntil} />,
      220,
    ),
  ]
  return (
    <DataTable<PolicyItem>
      rows={items}
      columns={columns}
      size="small"
      scroll={{ x: 860 }}
      emptyText={t('library.noItems')}
      data-testid="policy-items"
    />
  )
}
