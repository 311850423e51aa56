import { Navigate } from 'react-router'
import type { Role } from '../../shared/api/types'
import { useCurrentUser } from '../../shared/session/SessionContext'
import { ForbiddenPage } from '../errors/ForbiddenPage'

/** The first voucher page of each role that has one. */
const startPages: Partial<Record<Role, string>> = {
  firm: '/vouchers/wallet',
  provider: '/vouchers/products',
  city_officer: '/vouchers/review',
  corridor_admin: '/vouchers/review',
}

export function VouchersIndex() {
  const user = useCurrentUser()
  const start = startPages[user.role]
  return start === undefined ? <ForbiddenPage /> : <Navigate to={start} replace />
}
