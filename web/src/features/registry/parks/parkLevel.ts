import type { TFunction } from 'i18next'
import { isOneOf, parkLevels } from '../../../shared/ui/enums'

/** A park's level (national, provincial, municipal) in words; an unknown level is shown as stored. */
export function parkLevelLabel(t: TFunction<'registry'>, level: string): string {
  return isOneOf(parkLevels, level) ? t(`enums.parkLevel.${level}`) : level
}
