import type { Role } from '../../../shared/api/types'
import type { ServiceItem } from './services.types'

/** Firms apply for enterprise items, professionals for talent items (the server decides again). */
export function mayApply(role: Role, item: Pick<ServiceItem, 'category' | 'isActive'>): boolean {
  if (!item.isActive) return false
  return (
    (role === 'firm' && item.category === 'enterprise') ||
    (role === 'professional' && item.category === 'talent')
  )
}

/** The roles that apply for items and follow their own cases. */
export const isApplicant = (role: Role) => role === 'firm' || role === 'professional'
