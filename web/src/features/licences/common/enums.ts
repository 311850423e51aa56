// The e-licence API's enumerations as lists (for filters and tests), each checked against the generated types.
import { everyValueOf } from '../../../shared/ui/enums'
import type { KeyState, LicenceMove, LicenceStatus, Verdict } from './licences.types'

export const licenceStatuses = everyValueOf<LicenceStatus>()(['active', 'suspended', 'revoked'])

export const verdicts = everyValueOf<Verdict>()([
  'valid',
  'tampered',
  'revoked',
  'suspended',
  'expired',
  'not_yet_valid',
  'unknown_issuer',
  'key_compromised',
  'status_unavailable',
])

export const keyStates = everyValueOf<KeyState>()(['active', 'retired', 'compromised'])

/** The moves the issuing city may take from each status (revoked is final). */
export function movesFrom(status: LicenceStatus): LicenceMove[] {
  switch (status) {
    case 'active':
      return ['suspend', 'revoke']
    case 'suspended':
      return ['reinstate', 'revoke']
    case 'revoked':
      return []
  }
}
