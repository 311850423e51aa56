// The admission queue: providers of the officer's city (every city for the corridor office) by admission status,
// with the public notice's end date, moved on one by one.
import { Button, Card, Select, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AdmissionStatus, CityCode, Provider } from '../../../shared/api/types'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { admissionStatuses, cityCodes } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { AdmissionStatusTag } from '../../registry/providers/AdmissionStatusTag'
import { CityName } from '../../registry/reference/CityName'
import { useProviderPage } from '../../registry/providers/providers.queries'
import { useCityOptions, useEnumOptions } from '../../registry/reference/options'
import { AdmissionDialog } from './AdmissionDialog'
import { admissionMoves, noticeEndsOn } from './admissions.queries'

const shanghaiToday = () => new Date(Date.now() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10)

export function AdmissionsPage() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const filters = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const [deciding, setDeciding] = useState<Provider | null>(null)
  const cities = useCityOptions()
  const statuses = useEnumOptions(admissionStatuses, (status) => `enums.admissionStatus.${status}`)
  const allCities = user.role === 'corridor_admin'
  const status: AdmissionStatus = filters.choice('status', admissionStatuses) ?? 'public_notice'
  const ownCity = cityCodes.find((code) => code === user.cityCode)
  const city: CityCode | undefined = allCities ? filters.choice('city', cityCodes) : ownCity
  const pager = useCursorPager(JSON.stringify([status, city, pageSize]))
  const page = useProviderPage({ status, ...(city !== undefined ? { city } : {}) }, pager.cursor, pageSize)
  const providers = page.data?.items ?? []
  const today = shanghaiToday()

  const columns: ColumnsType<Provider> = [
    {
      title: t('vouchers.admissions.provider'),
      key: 'name',
      render: (_, provider) => (
        <>
          <Typography.Text strong>{provider.nameZh}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{provider.creditCode}</Typography.Text>
        </>
      ),
    },
    {
      title: t('vouchers.admissions.city'),
      key: 'city',
      render: (_, provider) => <CityName code={provider.cityCode} />,
    },
    {
      title: t('vouchers.fields.status'),
      key: 'status',
      render: (_, provider) => <AdmissionStatusTag status={provider.admissionStatus} />,
    },
    {
      title: t('vouchers.admissions.since'),
      key: 'since',
      render: (_, provider) => {
        if (provider.admissionStatus !== 'public_notice') return provider.admissionUpdatedOn
        const endsOn = noticeEndsOn(provider.admissionUpdatedOn)
        return (
          <>
            {provider.admissionUpdatedOn}{' '}
            <Tag color={endsOn <= today ? 'success' : 'warning'}>
              {endsOn <= today
                ? t('vouchers.admissions.noticeOver')
                : t('vouchers.admissions.noticeUntil', { day: endsOn })}
            </Tag>
          </>
        )
      },
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, provider) =>
        admissionMoves[provider.admissionStatus].length > 0 && (
          <Button size="small" data-testid={`admission-${provider.id}`} onClick={() => setDeciding(provider)}>
            {t('vouchers.admissions.decide')}
          </Button>
        ),
    },
  ]

  return (
    <>
      <PageTitle title={t('vouchers.admissions.title')} subtitle={t('vouchers.admissions.subtitle')} />
      <Card>
        <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
          <FilterField id="admission-filter-status" label={t('vouchers.fields.status')} width={170}>
            <Select
              id="admission-filter-status"
              options={statuses}
              value={status}
              onChange={(value: string) => filters.setFilter('status', value)}
            />
          </FilterField>
          {allCities && (
            <FilterField id="admission-filter-city" label={t('vouchers.admissions.city')} width={150}>
              <Select
                id="admission-filter-city"
                allowClear
                placeholder={t('common.all')}
                options={cities.options}
                loading={cities.loading}
                value={city}
                onChange={(value?: string) => filters.setFilter('city', value)}
              />
            </FilterField>
          )}
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={providers.some((provider) => provider.isSynthetic)} />
        <Table<Provider>
          rowKey="id"
          columns={columns}
          dataSource={providers}
          loading={page.isFetching}
          pagination={false}
          data-testid="admissions-table"
        />
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={providers.length}
        />
      </Card>
      {deciding !== null && <AdmissionDialog provider={deciding} onClose={() => setDeciding(null)} />}
    </>
  )
}
