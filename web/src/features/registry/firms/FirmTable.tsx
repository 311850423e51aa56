import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Firm } from '../../../shared/api/types'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { cityColumn, column, nameColumn } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { FirmTags } from './FirmTags'

export function FirmTable({ firms, loading }: { firms: Firm[]; loading: boolean }) {
  const { t } = useTranslation('registry')
  const columns: TableColumnsType<Firm> = [
    nameColumn(t('firms.columns.name'), (firm) => `/firms/${firm.id}`),
    cityColumn(t('common.city'), (firm) => firm.cityCode, 110),
    column('industry', t('firms.columns.industry'), (firm) => <IndustryName code={firm.industryCode} />, 130),
    column('stage', t('firms.columns.stage'), (firm) => t(`enums.stage.${firm.stage}`), 90),
    column('size', t('firms.columns.size'), (firm) => t(`enums.size.${firm.size}`), 80),
    column('tags', t('firms.columns.marks'), (firm) => <FirmTags firm={firm} />, 230),
  ]
  return <DataTable<Firm> rows={firms} columns={columns} loading={loading} />
}
