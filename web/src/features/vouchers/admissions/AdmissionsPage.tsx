// The admission queue: providers of the officer's city (every city for the corridor office) by admission status,
// with the public notice's end date, moved on one by one.
import { Button, Card, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AdmissionStatus, CityCode, Provider } from '../../../shared/api/types'
import { shanghaiToday } from '../../../shared/format/days'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { admissionStatuses, cityCodes } from '../../../shared/ui/enums'
import { column } from '../../../shared/ui/columns'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { AdmissionStatusTag } from '../../registry/providers/AdmissionStatusTag'
import { CityName } from '../../../shared/reference/CityName'
import { providerPages } from '../../registry/providers/providers.queries'
import { enumOptions } from '../../../shared/reference/options'
import { AdmissionDialog } from './AdmissionDialog'
import { admissionMoves, noticeEndsOn } from './admissions.queries'

export function AdmissionsPage() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  const [deciding, setDeciding] = useState<Provider | null>(null)
  const statuses = enumOptions(admissionStatuses, (status) => t(`enums.admissionStatus.${status}`))
  const allCities = user.role === 'corridor_admin'
  const ownCity = cityCodes.find((code) => code === user.cityCode)
  const list = usePagedList(providerPages, (url) => {
    const status: AdmissionStatus = url.choice('status', admissionStatuses) ?? 'public_notice'
    const city: CityCode | undefined = allCities ? url.choice('city', cityCodes) : ownCity
    return { status, ...(city !== undefined ? { city } : {}) }
  })
  const today = shanghaiToday()

  const columns: TableColumnsType<Provider> = [
    column('name', t('admissions.provider'), (provider) => (
      <>
        <Typography.Text strong>{provider.nameZh}</Typography.Text>
        <br />
        <Typography.Text type="secondary">{provider.creditCode}</Typography.Text>
      </>
    )),
    column('city', t('admissions.city'), (provider) => <CityName code={provider.cityCode} />),
    column('status', t('fields.status'), (provider) => (
      <AdmissionStatusTag status={provider.admissionStatus} />
    )),
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
    column(
      'actions',
      t('common.actions'),
      (provider) =>
        admissionMoves[provider.admissionStatus].length > 0 && (
          <Button size="small" data-testid={`admission-${provider.id}`} onClick={() => setDeciding(provider)}>
            {t('admissions.decide')}
          </Button>
        ),
    ),
  ]

  return (
    <>
      <PageTitle title={t('admissions.title')} subtitle={t('admissions.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="admission-filter">
          <SelectFilter
            name="status"
            label={t('fields.status')}
            width={170}
            options={statuses}
            clearable={false}
          />
          {allCities && <CityFilter label={t('admissions.city')} />}
        </FilterBar>
        <PagedRows list={list}>
          <Table<Provider>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.query.isFetching}
            pagination={false}
            data-testid="admissions-table"
          />
        </PagedRows>
      </Card>
      {deciding !== null && <AdmissionDialog provider={deciding} onClose={() => setDeciding(null)} />}
    </>
  )
}
