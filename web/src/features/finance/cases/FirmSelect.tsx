// Choosing a firm of a city by typing part of its name: the registry's search, a page of matches at a time.
import { Select } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useFirmPage } from '../../registry/firms/firms.queries'

const optionsMax = 20
const debounceMs = 300

interface FirmSelectProps {
  id?: string
  city: string | undefined
  value?: string
  onChange?: (firmId: string) => void
}

export function FirmSelect({ id, city, value, onChange }: FirmSelectProps) {
  const { t } = useTranslation()
  const { nameOf } = useLanguage()
  const [text, setText] = useState('')
  const [query, setQuery] = useState('')
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), debounceMs)
    return () => window.clearTimeout(timer)
  }, [text])
  const firms = useFirmPage({ q: query === '' ? undefined : query, city }, undefined, optionsMax)
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      onChange={onChange}
      loading={firms.isFetching}
      placeholder={t('finance.cases.firmPlaceholder')}
      notFoundContent={firms.isFetching ? t('common.loading') : t('common.noResults')}
      options={(firms.data?.items ?? []).map((firm) => ({ value: firm.id, label: nameOf(firm) }))}
    />
  )
}
