// The issuers a policy can have, as filter options: the corridor office (G60) first, then the nine cities.
import { useTranslation } from 'react-i18next'
import { useCityOptions, type Option } from '../../../shared/reference/options'
import { corridorIssuerCode } from './enums'

export function useIssuerOptions(): { options: Option[]; loading: boolean } {
  const { t } = useTranslation('policies')
  const cities = useCityOptions()
  return {
    options: [{ value: corridorIssuerCode, label: t('library.corridorOffice') }, ...cities.options],
    loading: cities.loading,
  }
}
