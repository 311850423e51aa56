import { Navigate } from 'react-router'
import type { Role } from '../api/types'
import { ForbiddenPage } from '../ui/ForbiddenPage'
import { useCurrentUser } from './SessionContext'

/** The first page of a section for each role that has one; a role without one sees the 403 page. */
export function StartPage({ pages }: { pages: Partial<Record<Role, string>> }) {
  const user = useCurrentUser()
  const start = pages[user.role]
  return start === undefined ? <ForbiddenPage /> : <Navigate to={start} replace />
}
