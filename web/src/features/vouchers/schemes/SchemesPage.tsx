// The voucher schemes of the corridor's cities, with their budgets; an officer starts at its own city's.
import { PlusOutlined } from '@ant-design/icons'
import { Card, Empty, Select, Table, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { VoucherScheme } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { cityCodes, isOneOf, schemeStatuses, serviceCategories } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { tableScroll } from '../../../shared/ui/tables'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { CityName } from '../../registry/reference/CityName'
import { useCityOptions, useEnumOptions } from '../../registry/reference/options'
import { SchemeStatusTag } from '../common/StatusTags'
import { useSchemePage, type SchemeFilters } from './schemes.queries'

export function SchemesPage() {
  const { t } = useTranslation()
  const { nameOf, otherNameOf } = useLanguage()
  const user = useCurrentUser()
  const filters = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const cities = useCityOptions()
  const statuses = useEnumOptions(schemeStatuses, (status) => `enums.schemeStatus.${status}`)
  const categories = useEnumOptions(serviceCategories, (category) => `enums.serviceCategory.${category}`)
  const ownCity = isOneOf(cityCodes, user.cityCode) ? user.cityCode : undefined
  const schemeFilters: SchemeFilters = {
    city: filters.choice('city', cityCodes) ?? ownCity,
    status: filters.choice('status', schemeStatuses),
    category: filters.choice('category', serviceCategories),
  }
  const pager = useCursorPager(JSON.stringify([schemeFilters, pageSize]))
  const page = useSchemePage(schemeFilters, pager.cursor, pageSize)
  const schemes = page.data?.items ?? []

  const columns: TableColumnsType<VoucherScheme> = [
    {
      key: 'name',
      title: t('vouchers.fields.scheme'),
      render: (_, scheme) => (
        <>
          <Link to={`/vouchers/schemes/${scheme.id}`}>{nameOf(scheme)}</Link>
          <span className="g60-secondary-name">{otherNameOf(scheme)}</span>
        </>
      ),
    },
    {
      key: 'city',
      title: t('vouchers.fields.issuingCity'),
      width: 110,
      render: (_, scheme) => <CityName code={scheme.cityCode} />,
    },
    {
      key: 'claimCap',
      title: t('vouchers.schemes.fields.claimCap'),
      align: 'right',
      width: 130,
      render: (_, scheme) => <Money fen={scheme.claimCapFen} />,
    },
    {
      key: 'share',
      title: t('vouchers.schemes.fields.voucherShareMax'),
      align: 'right',
      width: 110,
      render: (_, scheme) => `${scheme.voucherShareMaxPercent}%`,
    },
    {
      key: 'appropriated',
      title: t('vouchers.schemes.budget.appropriated'),
      align: 'right',
      width: 150,
      render: (_, scheme) => <Money fen={scheme.budget.appropriatedFen} />,
    },
    {
      key: 'available',
      title: t('vouchers.schemes.budget.available'),
      align: 'right',
      width: 150,
      render: (_, scheme) => <Money fen={scheme.budget.availableFen} />,
    },
    {
      key: 'status',
      title: t('vouchers.fields.status'),
      width: 90,
      render: (_, scheme) => <SchemeStatusTag status={scheme.status} />,
    },
  ]

  return (
    <>
      <PageTitle
        title={t('vouchers.schemes.title')}
        subtitle={t('vouchers.schemes.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/vouchers/schemes/new">
            {t('vouchers.schemes.new')}
          </LinkButton>
        }
      />
      <Card>
        <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
          <FilterField id="scheme-city" label={t('vouchers.fields.issuingCity')} width={150}>
            <Select
              id="scheme-city"
              allowClear={ownCity === undefined}
              placeholder={t('common.all')}
              options={cities.options}
              loading={cities.loading}
              value={schemeFilters.city}
              onChange={(city?: string) => filters.setFilter('city', city)}
            />
          </FilterField>
          <FilterField id="scheme-category" label={t('vouchers.fields.category')} width={150}>
            <Select
              id="scheme-category"
              allowClear
              placeholder={t('common.all')}
              options={categories}
              value={schemeFilters.category}
              onChange={(category?: string) => filters.setFilter('category', category)}
            />
          </FilterField>
          <FilterField id="scheme-status" label={t('vouchers.fields.status')} width={130}>
            <Select
              id="scheme-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={schemeFilters.status}
              onChange={(status?: string) => filters.setFilter('status', status)}
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
          locale={{ emptyText: <Empty description={t('vouchers.schemes.empty')} /> }}
          data-testid="scheme-table"
        />
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={schemes.length}
        />
      </Card>
    </>
  )
}
