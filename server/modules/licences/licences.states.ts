// The states of the licences module's records, shared by its tables, workflow and schemas.
export const licenceStatuses = ['active', 'suspended', 'revoked'] as const
export type LicenceStatus = (typeof licenceStatuses)[number]

/** A key signs while active; retired, it still verifies what it signed before; compromised, it verifies nothing. */
export const keyStates = ['active', 'retired', 'compromised'] as const
export type KeyState = (typeof keyStates)[number]

export const keySuites = ['ed25519', 'sm2'] as const

export const statusPurposes = ['revocation', 'suspension'] as const
export type StatusPurpose = (typeof statusPurposes)[number]
