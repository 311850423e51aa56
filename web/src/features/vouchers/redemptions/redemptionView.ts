import type { Role } from '../../../shared/api/types'

/** How a role takes part in redemption: it files claims, confirms them, or decides them. */
export type RedemptionView = 'provider' | 'firm' | 'officer'

export function viewOf(role: Role): RedemptionView {
  if (role === 'firm') return 'firm'
  if (role === 'provider') return 'provider'
  return 'officer'
}
