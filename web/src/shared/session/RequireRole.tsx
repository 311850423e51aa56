import type { ReactNode } from 'react'
import type { Role } from '../api/types'
import { ForbiddenPage } from '../ui/ForbiddenPage'
import { mayOpen } from './access'
import { useCurrentUser } from './SessionContext'

/** Shows the 403 page instead of a page the user's role may not open. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useCurrentUser()
  return mayOpen(user.role, roles) ? children : <ForbiddenPage />
}
