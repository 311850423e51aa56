import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Park } from '../../../shared/api/types'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { cityColumn, column, nameColumn } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { parkLevelLabel } from './parkLevel'
import { ParkTags } from './ParkTags'

export function ParkTable({
  parks,
  loading,
  showCity = true,
}: {
  parks: Park[]
  loading: boolean
  showCity?: boolean
}) {
  const { t } = useTranslation('registry')
  const columns: TableColumnsType<Park> = [
    nameColumn(t('parks.columns.name'), (park) => `/parks/${park.id}`),
    ...(showCity ? [cityColumn(t('common.city'), (park: Park) => park.cityCode)] : []),
    column('level', t('parks.columns.level'), (park) => parkLevelLabel(t, park.level), 110),
    column(
      'industry',
      t('parks.columns.mainIndustry'),
      (park) =>
        park.mainIndustryCode === null ? t('common.none') : <IndustryName code={park.mainIndustryCode} />,
      160,
    ),
    column('marks', t('parks.columns.marks'), (park) => <ParkTags park={park} />, 200),
  ]
  return <DataTable<Park> rows={parks} columns={columns} loading={loading} />
}
