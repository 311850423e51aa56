// Who may act on what, as the console shows it (the server decides every request): an item's rule is edited, and
// its awards decided, by its issuing city's officers, or by the corridor office (which alone reaches G60 items).
import type { User } from '../../../shared/api/types'

export function mayActForIssuer(user: User | null, issuerCode: string): boolean {
  if (user === null) return false
  if (user.role === 'corridor_admin') return true
  return user.role === 'city_officer' && user.cityCode !== null && user.cityCode === issuerCode
}
