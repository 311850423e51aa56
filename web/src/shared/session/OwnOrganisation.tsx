import { Alert } from 'antd'
import type { ReactNode } from 'react'
import { useCurrentUser } from './SessionContext'

/** What the user's own organisation holds (its products, its instruments …); `missing` when it acts for none. */
export function OwnOrganisation({
  missing,
  children,
}: {
  missing: string
  children: (organisationId: string) => ReactNode
}) {
  const user = useCurrentUser()
  return user.organisationId === null ? (
    <Alert type="warning" showIcon title={missing} />
  ) : (
    children(user.organisationId)
  )
}
