// A case list's filters: the number people quote, the status where the list holds more than one, and whatever the
// list adds (a city, overdue only); the export of what the list shows beside them.
import { Flex } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ExportButton } from '../../../shared/list/ExportButton'
import type { UrlFilters } from '../../../shared/list/useUrlFilters'
import { enumOptions } from '../../../shared/reference/options'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { caseStatuses } from './enums'
import { caseExportPath, type CaseFilters } from './services.queries'

export function CaseListFilters({
  url,
  filters,
  withStatus = false,
  children,
}: {
  url: UrlFilters
  filters: CaseFilters
  withStatus?: boolean
  children?: ReactNode
}) {
  const { t } = useTranslation('services')
  return (
    <>
      <FilterBar url={url} values={filters} idPrefix="cases">
        <SearchFilter label={t('cases.findNumber')} placeholder={t('cases.numberPlaceholder')} width={240} />
        {withStatus && (
          <SelectFilter
            name="status"
            label={t('cases.status')}
            width={150}
            options={enumOptions(caseStatuses, (status) => t(`enums.caseStatus.${status}`))}
          />
        )}
        {children}
      </FilterBar>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <ExportButton path={caseExportPath} query={{ ...filters }} />
      </Flex>
    </>
  )
}
