import { Navigate } from 'react-router'
import type { Role } from '../../shared/api/types'
import { useCurrentUser } from '../../shared/session/SessionContext'
import { ForbiddenPage } from '../errors/ForbiddenPage'

/** The first tech-finance page of each role that has one. */
const startPages: Partial<Record<Role, string>> = {
  firm: '/finance/score',
  financier: '/finance/queue',
  workstation: '/finance/cases',
  city_officer: '/finance/figures',
  corridor_admin: '/finance/figures',
}

export function FinanceIndex() {
  const user = useCurrentUser()
  const start = startPages[user.role]
  return start === undefined ? <ForbiddenPage /> : <Navigate to={start} replace />
}
