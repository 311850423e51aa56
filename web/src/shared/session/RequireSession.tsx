// Pages of the console need a session: without one the user goes to sign-in and comes back afterwards.
import { Navigate, Outlet, useLocation } from 'react-router'
import { signInPathFor } from './signInPath'
import { isApiError } from '../api/errors'
import { FullPageError } from '../ui/PageError'
import { FullPageLoading } from '../ui/PageLoading'
import { SessionContext } from './SessionContext'
import { useSessionQuery } from './session.queries'

export function RequireSession() {
  const location = useLocation()
  const session = useSessionQuery()

  if (session.isPending) return <FullPageLoading />
  if (session.isError) {
    if (isApiError(session.error, 401)) {
      return <Navigate to={signInPathFor(`${location.pathname}${location.search}`)} replace />
    }
    return <FullPageError error={session.error} onRetry={() => void session.refetch()} />
  }
  // after a password reset every page is refused until the user chooses a new password, which sign-in asks for
  if (session.data.passwordChangeRequired) {
    return <Navigate to={signInPathFor(`${location.pathname}${location.search}`)} replace />
  }
  return (
    <SessionContext value={session.data}>
      <Outlet />
    </SessionContext>
  )
}
