import type { Role } from '../api/types'

/**
 * Whether a role may open a page: convenience for the menu and the 403 page only. The server decides every request
 * on its own (role × city × own organisation).
 */
export function mayOpen(role: Role, allowedRoles: readonly Role[] | undefined): boolean {
  return allowedRoles === undefined || allowedRoles.includes(role)
}
