import type { Role } from '../../shared/api/types'
import { StartPage } from '../../shared/session/StartPage'

const startPages: Record<Role, string> = {
  firm: '/services/catalogue',
  professional: '/services/talent',
  city_officer: '/services/intake',
  corridor_admin: '/services/dashboard',
  provider: '/services/catalogue',
  financier: '/services/catalogue',
  workstation: '/services/catalogue',
}

/** The first one-stop services page of each role. */
export function ServicesIndex() {
  return <StartPage pages={startPages} />
}
