// Choosing a firm of a city by typing part of its name: the registry's search, a page of matches at a time.
import { Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { firmPages } from '../../registry/firms/firms.queries'
import { useFirstPage } from '../../../shared/list/usePagedList'
import { useTypedSearch } from '../../../shared/ui/useTypedSearch'

const optionsMax = 20

interface FirmSelectProps {
  id?: string
  city: string | undefined
  value?: string
  onChange?: (firmId: string) => void
}

export function FirmSelect({ id, city, value, onChange }: FirmSelectProps) {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  const { query, setText } = useTypedSearch()
  const firms = useFirstPage(firmPages, { q: query === '' ? undefined : query, city }, optionsMax)
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      onChange={onChange}
      loading={firms.isFetching}
      placeholder={t('cases.firmPlaceholder')}
      notFoundContent={firms.isFetching ? t('common.loading') : t('common.noResults')}
      options={(firms.data?.items ?? []).map((firm) => ({ value: firm.id, label: nameOf(firm) }))}
    />
  )
}
