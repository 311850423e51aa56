// The admission queue: providers of the officer's city (every city for the corridor office) by admission status,
// with the public notice's end date, moved on one by one.
import { Button, Card, Select, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AdmissionStatus, CityCode, Provider } from '../../../shared/api/types'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { admissionStatuses, cityCodes } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { AdmissionStatusTag } from '../../registry/providers/AdmissionStatusTag'
import { CityName } from '../../../shared/reference/CityName'
import { providerPages } from '../../registry/providers/providers.queries'
import { useCityOptions, enumOptions } from '../../../shared/reference/options'
import { AdmissionDialog } from './AdmissionDialog'
import { admissionMoves, noticeEndsOn } from './admissions.queries'

const shanghaiToday = () => new Date(Date.now() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10)

export function AdmissionsPage() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  const [deciding, setDeciding] = useState<Provider | null>(null)
  const cities = useCityOptions()
  const statuses = enumOptions(admissionStatuses, (status) => t(`enums.admissionStatus.${status}`))
  const allCities = user.role === 'corridor_admin'
  const ownCity = cityCodes.find((code) => code === user.cityCode)
  const {
    filters: { status, city },
    url,
    query: page,
    pager,
  } = usePagedList(providerPages, (url) => {
    const status: AdmissionStatus = url.choice('status', admissionStatuses) ?? 'public_notice'
    const city: CityCode | undefined = allCities ? url.choice('city', cityCodes) : ownCity
    return { status, ...(city !== undefined ? { city } : {}) }
  })
  const providers = page.data?.items ?? []
  const today = shanghaiToday()

  const columns: ColumnsType<Provider> = [
    {
      title: t('admissions.provider'),
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
      title: t('admissions.city'),
      key: 'city',
      render: (_, provider) => <CityName code={provider.cityCode} />,
    },
    {
      title: t('fields.status'),
      key: 'status',
      render: (_, provider) => <AdmissionStatusTag status={provider.admissionStatus} />,
    },
    {
      title: t('admissions.since'),
      key: 'since',
      render: (_, provider) => {
        if (provider.admissionStatus !== 'public_notice') return provider.admissionUpdatedOn
        const endsOn = noticeEndsOn(provider.admissionUpdatedOn)
        return (
          <>
            {provider.admissionUpdatedOn}{' '}
            <Tag color={endsOn <= today ? 'success' : 'warning'}>
              {endsOn <= today ? t('admissions.noticeOver') : t('admissions.noticeUntil', { day: endsOn })}
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
            {t('admissions.decide')}
          </Button>
        ),
    },
  ]

  return (
    <>
      <PageTitle title={t('admissions.title')} subtitle={t('admissions.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="admission-filter-status" label={t('fields.status')} width={170}>
            <Select
              id="admission-filter-status"
              options={statuses}
              value={status}
              onChange={(value: string) => url.setFilter('status', value)}
            />
          </FilterField>
          {allCities && (
            <FilterField id="admission-filter-city" label={t('admissions.city')} width={150}>
              <Select
                id="admission-filter-city"
                allowClear
                placeholder={t('common.all')}
                options={cities.options}
                loading={cities.loading}
                value={city}
                onChange={(value?: string) => url.setFilter('city', value)}
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
        <CursorPager pager={pager} />
      </Card>
      {deciding !== null && <AdmissionDialog provider={deciding} onClose={() => setDeciding(null)} />}
    </>
  )
}
