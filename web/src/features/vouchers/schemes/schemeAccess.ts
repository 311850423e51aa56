import type { User } from '../../../shared/api/types'

/** Who may change a scheme and fund it: its city's officers and the corridor office (the server decides again). */
export function mayManageScheme(user: User, cityCode: string): boolean {
  return user.role === 'corridor_admin' || (user.role === 'city_officer' && user.cityCode === cityCode)
}
