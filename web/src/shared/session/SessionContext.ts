import { createContext, useContext } from 'react'
import type { User } from '../api/types'

export const SessionContext = createContext<User | null>(null)

/** The signed-in user; only pages under <RequireSession> call this. */
export function useCurrentUser(): User {
  const user = useContext(SessionContext)
  if (user === null) throw new Error('useCurrentUser is used outside <RequireSession>')
  return user
}
