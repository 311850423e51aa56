// Which roles see which pages. This is convenience for the menu and the 403 page only: the server decides
// every request on its own (role × city × own organisation).
import type { Role } from '../shared/api/types'

export const pageAccess = {
  administration: ['corridor_admin'],
} as const satisfies Record<string, readonly Role[]>

export function mayOpen(role: Role, allowedRoles: readonly Role[] | undefined): boolean {
  return allowedRoles === undefined || allowedRoles.includes(role)
}
