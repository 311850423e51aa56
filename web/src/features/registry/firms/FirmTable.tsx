// Firms with their city, industry (named in the row), stage and marks; sortable by name and founding day when the
// list says how it is sorted.
import type { TableColumnsType, TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { sortable } from '../../../shared/list/sorting'
import { cityColumn, column, nameColumn, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import type { ListedFirm } from './firms.queries'
import { FirmTags } from './FirmTags'

interface FirmTableProps {
  firms: ListedFirm[]
  loading: boolean
  /** the list's order and what a header click does to it; without, the columns do not sort */
  sorting?: { sort: string; onChange: TableProps<ListedFirm>['onChange'] }
}

export function FirmTable({ firms, loading, sorting }: FirmTableProps) {
  const { t } = useTranslation('registry')
  const { nameOf, isChinese } = useLanguage()
  const sortableBy = (column: Column<ListedFirm>, key: string) =>
    sorting === undefined ? column : sortable(column, key, sorting.sort)
  const columns: TableColumnsType<ListedFirm> = [
    sortableBy(
      nameColumn(t('firms.columns.name'), (firm) => `/firms/${firm.id}`),
      isChinese ? 'nameZh' : 'nameEn',
    ),
    cityColumn(t('common.city'), (firm) => firm.cityCode, 110),
    column('industry', t('firms.columns.industry'), (firm) => nameOf(firm.industry), 130),
    column('stage', t('firms.columns.stage'), (firm) => t(`enums.stage.${firm.stage}`), 90),
    column('size', t('firms.columns.size'), (firm) => t(`enums.size.${firm.size}`), 80),
    sortableBy(
      column('foundedOn', t('firms.columns.foundedOn'), (firm) => firm.foundedOn, 120),
      'foundedOn',
    ),
    column('tags', t('firms.columns.marks'), (firm) => <FirmTags firm={firm} />, 230),
  ]
  return (
    <DataTable<ListedFirm>
      rows={firms}
      columns={columns}
      loading={loading}
      onChange={sorting?.onChange}
      data-testid="firm-table"
    />
  )
}
