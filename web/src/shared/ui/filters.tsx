// The kinds of filter a <FilterBar> holds: a search as you type, a choice of one of a list (a city among them),
// yes-only, a day and a period of days.
import { Select } from 'antd'
import { DateField } from './DateField'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Period } from '../format/days'
import { useCityOptions, type Option } from '../reference/options'
import { FilterField, useFilter } from './FilterBar'
import { SearchInput } from './SearchInput'

const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** Words to search for, sent as the user pauses typing. */
export function SearchFilter({
  label,
  placeholder,
  width = 300,
  value,
}: {
  label: string
  placeholder: string
  width?: number
  /** the words the page reads, when they are not among the bar's values as `q` */
  value?: string | undefined
}) {
  const filter = useFilter('q')
  const { setFilter } = filter.url
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])
  return (
    <FilterField id={filter.id} label={label} width={width}>
      <SearchInput
        id={filter.id}
        label={label}
        placeholder={placeholder}
        value={value ?? textOf(filter.value) ?? ''}
        onSearch={onSearch}
      />
    </FilterField>
  )
}

export interface SelectFilterProps {
  name: string
  label: string
  options: Option[]
  width?: number
  loading?: boolean
  /** the value the page reads, when it is not among the bar's values under `name` */
  value?: string | undefined
  /** what the select says while nothing is chosen (all, unless told otherwise) */
  placeholder?: string
  /** whether the choice can be cleared (back to all) */
  clearable?: boolean
  /** the value the page takes when the address has none: choosing it takes the parameter off the address */
  fallback?: string
}

/** One of a list of values, or all of them. */
export function SelectFilter(props: SelectFilterProps) {
  const { name, label, options, width = 150, loading, value, placeholder, clearable = true, fallback } = props
  const { t } = useTranslation()
  const filter = useFilter(name)
  return (
    <FilterField id={filter.id} label={label} width={width}>
      <Select
        id={filter.id}
        allowClear={clearable && fallback === undefined}
        placeholder={placeholder ?? t('common.all')}
        options={options}
        loading={loading}
        value={value ?? textOf(filter.value)}
        onChange={(choice?: string) => filter.set(choice === fallback ? undefined : choice)}
      />
    </FilterField>
  )
}

/** One of the nine cities, or all. */
export function CityFilter({
  name = 'city',
  label,
  width = 150,
  ...select
}: Partial<Omit<SelectFilterProps, 'options' | 'loading'>>) {
  const { t } = useTranslation()
  const cities = useCityOptions()
  return (
    <SelectFilter
      name={name}
      label={label ?? t('common.city')}
      width={width}
      options={cities.options}
      loading={cities.loading}
      {...select}
    />
  )
}

/** Yes only, or any (leading firms only, demonstration parks only …). */
export function YesFilter({ name, label, width = 130 }: { name: string; label: string; width?: number }) {
  const { t } = useTranslation()
  const filter = useFilter(name)
  return (
    <FilterField id={filter.id} label={label} width={width}>
      <Select
        id={filter.id}
        value={filter.value === true ? 'yes' : 'any'}
        onChange={(choice) => filter.set(choice === 'yes' ? true : undefined)}
        options={[
          { value: 'any', label: t('common.any') },
          { value: 'yes', label: t('common.yesOnly') },
        ]}
      />
    </FilterField>
  )
}

/** A day; choosing `fallback` (the day the page takes when the address has none) takes it off the address. */
export function DayFilter({
  name,
  label,
  value,
  min,
  max,
  fallback,
  width = 170,
  testId,
}: {
  name: string
  label: string
  value: string
  min?: string
  max?: string
  fallback?: string
  width?: number
  testId?: string
}) {
  const filter = useFilter(name)
  return (
    <FilterField id={filter.id} label={label} width={width}>
      <DateField
        id={filter.id}
        min={min}
        max={max}
        value={value}
        onChange={(day) => filter.set(day === fallback || day === '' ? undefined : day)}
        data-testid={testId}
      />
    </FilterField>
  )
}

/** The first and the last day of a period, as `from` and `to`. */
export function PeriodFilter({
  period,
  startLabel,
  endLabel,
}: {
  period: Period
  startLabel: string
  endLabel: string
}) {
  return (
    <>
      <DayFilter name="from" label={startLabel} max={period.periodEnd} value={period.periodStart} />
      <DayFilter name="to" label={endLabel} min={period.periodStart} value={period.periodEnd} />
    </>
  )
}
