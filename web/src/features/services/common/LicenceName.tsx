// The name of a licence type (an e-licence an earlier case issued), in the current language; the type itself when
// the console has no name for it.
import { useTranslation } from 'react-i18next'

export function useLicenceTypeName() {
  const { t } = useTranslation('services')
  return (type: string) => t(`licenceTypes.${type}`, { defaultValue: type })
}
