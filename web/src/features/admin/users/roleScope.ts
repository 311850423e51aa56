// Which scope a role needs, as the server checks it: a city for the city roles, an organisation of one kind for the
// organisation roles.
import type { Role } from '../../../shared/api/types'
import type { OrganisationKind } from '../../../shared/ui/OrganisationPicker'

export const rolesWithCity: readonly Role[] = ['city_officer', 'workstation']

const organisationKinds: Partial<Record<Role, OrganisationKind>> = {
  firm: 'firm',
  provider: 'provider',
  financier: 'institution',
}

export function organisationKindOf(role: Role | undefined): OrganisationKind | undefined {
  return role === undefined ? undefined : organisationKinds[role]
}
