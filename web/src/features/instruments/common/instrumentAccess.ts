// What the console offers whom; the server still decides every request (role × city × own organisation).
import type { User } from '../../../shared/api/types'
import type { Instrument } from './instrument.types'

/** The owner, its city's officers and the corridor office edit an instrument. */
export function mayEdit(user: User, instrument: Instrument): boolean {
  if (user.role === 'corridor_admin') return true
  if (user.role === 'city_officer') return user.cityCode === instrument.cityCode
  return user.role === 'provider' && user.organisationId === instrument.providerId
}
