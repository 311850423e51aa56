import { useLanguage } from '../i18n/useLanguage'
import { useCities, useIndustries } from './reference.queries'

export interface Option {
  value: string
  label: string
}

/** The nine cities as select options, in the current language. */
export function useCityOptions(): { options: Option[]; loading: boolean } {
  const { nameOf } = useLanguage()
  const cities = useCities()
  return {
    options: (cities.data ?? []).map((city) => ({ value: city.code, label: nameOf(city) })),
    loading: cities.isPending,
  }
}

/** The 6+X industries (the taxonomy firms and parks are classed by) as select options. */
export function useIndustryOptions(): { options: Option[]; loading: boolean } {
  const { nameOf } = useLanguage()
  const industries = useIndustries()
  return {
    options: (industries.data ?? [])
      .filter((industry) => industry.taxonomy === '6+X')
      .map((industry) => ({ value: industry.code, label: nameOf(industry) })),
    loading: industries.isPending,
  }
}

/** Options of an enumeration, each value with its label (usually `t(`enums.<group>.${value}`)`). */
export function enumOptions<Value extends string>(
  values: readonly Value[],
  label: (value: Value) => string,
): { value: Value; label: string }[] {
  return values.map((value) => ({ value, label: label(value) }))
}
