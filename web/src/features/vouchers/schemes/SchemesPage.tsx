// The voucher schemes of the corridor's cities, with their budgets; an officer starts at its own city's.
import { PlusOutlined } from '@ant-design/icons'
import { Card, Empty, Select, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { VoucherScheme } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { cityCodes, isOneOf, schemeStatuses, serviceCategories } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { tableScroll } from '../../../shared/ui/tables'
import { CityName } from '../../../shared/reference/CityName'
import { useCityOptions, enumOptions } from '../../../shared/reference/options'
import { SchemeStatusTag } from '../common/StatusTags'
import { schemePages, type SchemeFilters } from './schemes.queries'

export function SchemesPage() {
  const { t } = useTranslation('vouchers')
  const { nameOf, otherNameOf } = useLanguage()
  const user = useCurrentUser()
  const cities = useCityOptions()
  const statuses = enumOptions(schemeStatuses, (status) => t(`enums.schemeStatus.${status}`))
  const categories = enumOptions(serviceCategories, (category) => t(`enums.serviceCategory.${category}`))
  const ownCity = isOneOf(cityCodes, user.cityCode) ? user.cityCode : undefined
  const {
    filters: schemeFilters,
    url,
    query: page,
    pager,
  } = usePagedList(schemePages, (url): SchemeFilters => ({
    city: url.choice('city', cityCodes) ?? ownCity,
    status: url.choice('status', schemeStatuses),
    category: url.choice('category', serviceCategories),
  }))
  const schemes = page.data?.items ?? []

  const columns: TableColumnsType<VoucherScheme> = [
    {
      key: 'name',
      title: t('fields.scheme'),
      render: (_, scheme) => (
        <>
          <Link to={`/vouchers/schemes/${scheme.id}`}>{nameOf(scheme)}</Link>
          <span className="g60-secondary-name">{otherNameOf(scheme)}</span>
        </>
      ),
    },
    {
      key: 'city',
      title: t('fields.issuingCity'),
      width: 110,
      render: (_, scheme) => <CityName code={scheme.cityCode} />,
    },
    {
      key: 'claimCap',
      title: t('schemes.fields.claimCap'),
      align: 'right',
      width: 130,
      render: (_, scheme) => <Money fen={scheme.claimCapFen} />,
    },
    {
      key: 'share',
      title: t('schemes.fields.voucherShareMax'),
      align: 'right',
      width: 110,
      render: (_, scheme) => `${scheme.voucherShareMaxPercent}%`,
    },
    {
      key: 'appropriated',
      title: t('schemes.budget.appropriated'),
      align: 'right',
      width: 150,
      render: (_, scheme) => <Money fen={scheme.budget.appropriatedFen} />,
    },
    {
      key: 'available',
      title: t('schemes.budget.available'),
      align: 'right',
      width: 150,
      render: (_, scheme) => <Money fen={scheme.budget.availableFen} />,
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 90,
      render: (_, scheme) => <SchemeStatusTag status={scheme.status} />,
    },
  ]

  return (
    <>
      <PageTitle
        title={t('schemes.title')}
        subtitle={t('schemes.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/vouchers/schemes/new">
            {t('schemes.new')}
          </LinkButton>
        }
      />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="scheme-city" label={t('fields.issuingCity')} width={150}>
            <Select
              id="scheme-city"
              allowClear={ownCity === undefined}
              placeholder={t('common.all')}
              options={cities.options}
              loading={cities.loading}
              value={schemeFilters.city}
              onChange={(city?: string) => url.setFilter('city', city)}
            />
          </FilterField>
          <FilterField id="scheme-category" label={t('fields.category')} width={150}>
            <Select
              id="scheme-category"
              allowClear
              placeholder={t('common.all')}
              options={categories}
              value={schemeFilters.category}
              onChange={(category?: string) => url.setFilter('category', category)}
            />
          </FilterField>
          <FilterField id="scheme-status" label={t('fields.status')} width={130}>
            <Select
              id="scheme-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={schemeFilters.status}
              onChange={(status?: string) => url.setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={schemes.some((scheme) => scheme.isSynthetic)} />
        <Table<VoucherScheme>
          rowKey="id"
          columns={columns}
          dataSource={schemes}
          loading={page.isFetching}
          pagination={false}
          size="middle"
          scroll={tableScroll}
          locale={{ emptyText: <Empty description={t('schemes.empty')} /> }}
          data-testid="scheme-table"
        />
        <CursorPager pager={pager} />
      </Card>
    </>
  )
}
