// Parks with their city, level, main industry (named in the row) and marks; sortable by name when the list says how
// it is sorted.
import type { TableColumnsType, TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { sortable } from '../../../shared/list/sorting'
import { cityColumn, column, nameColumn, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { parkLevelLabel } from './parkLevel'
import type { ListedPark } from './parks.queries'
import { ParkTags } from './ParkTags'

interface ParkTableProps {
  parks: ListedPark[]
  loading: boolean
  showCity?: boolean
  /** the list's order and what a header click does to it; without, the columns do not sort */
  sorting?: { sort: string; onChange: TableProps<ListedPark>['onChange'] }
}

export function ParkTable({ parks, loading, showCity = true, sorting }: ParkTableProps) {
  const { t } = useTranslation('registry')
  const { nameOf, isChinese } = useLanguage()
  const name: Column<ListedPark> = nameColumn(t('parks.columns.name'), (park) => `/parks/${park.id}`)
  const columns: TableColumnsType<ListedPark> = [
    sorting === undefined ? name : sortable(name, isChinese ? 'nameZh' : 'nameEn', sorting.sort),
    ...(showCity ? [cityColumn(t('common.city'), (park: ListedPark) => park.cityCode)] : []),
    column('level', t('parks.columns.level'), (park) => parkLevelLabel(t, park.level), 110),
    column(
      'industry',
      t('parks.columns.mainIndustry'),
      (park) => (park.mainIndustry === null ? t('common.none') : nameOf(park.mainIndustry)),
      160,
    ),
    column('marks', t('parks.columns.marks'), (park) => <ParkTags park={park} />, 200),
  ]
  return (
    <DataTable<ListedPark> rows={parks} columns={columns} loading={loading} onChange={sorting?.onChange} />
  )
}
