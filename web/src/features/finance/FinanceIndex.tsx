import type { Role } from '../../shared/api/types'
import { StartPage } from '../../shared/session/StartPage'

const startPages: Partial<Record<Role, string>> = {
  firm: '/finance/score',
  financier: '/finance/queue',
  workstation: '/finance/cases',
  city_officer: '/finance/figures',
  corridor_admin: '/finance/figures',
}

/** The first tech-finance page of each role that has one. */
export function FinanceIndex() {
  return <StartPage pages={startPages} />
}
