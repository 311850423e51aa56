// Who may do what with vouchers: role × city × own organisation. A scheme's and a claim's city is the issuing
// city; a firm reaches its own claims, vouchers and orders; a provider its own products and orders.
import { authorize, isAllowed, type Policy, type Principal } from '../../platform/authorization'

export const voucherPolicies = {
  writeScheme: { corridor_admin: 'any', city_officer: 'own_city' },
  appropriate: { corridor_admin: 'any', city_officer: 'own_city' },
  /** a firm claims for itself; a city officer may file a claim for a firm of its city (窗口代办) */
  submitClaim: { corridor_admin: 'any', city_officer: 'own_city', firm: 'own_organisation' },
  decideClaim: { corridor_admin: 'any', city_officer: 'own_city' },
  readClaim: { corridor_admin: 'any', city_officer: 'own_city', firm: 'own_organisation' },
  readVoucher: { corridor_admin: 'any', city_officer: 'own_city', firm: 'own_organisation' },
  writeProduct: { corridor_admin: 'any', provider: 'own_organisation' },
  /** only the holder orders with its voucher */
  placeOrder: { firm: 'own_organisation' },
  cancelOrder: { corridor_admin: 'any', firm: 'own_organisation', provider: 'own_organisation' },
  readOrder: {
    corridor_admin: 'any',
    city_officer: 'own_city',
    firm: 'own_organisation',
    provider: 'own_organisation',
  },
  /** the order's provider claims redemption; the holder confirms delivery; the issuing city decides */
  claimRedemption: { provider: 'own_organisation' },
  confirmRedemption: { firm: 'own_organisation' },
  decideRedemption: { corridor_admin: 'any', city_officer: 'own_city' },
  readRedemption: {
    corridor_admin: 'any',
    city_officer: 'own_city',
    firm: 'own_organisation',
    provider: 'own_organisation',
  },
  settle: { corridor_admin: 'any', city_officer: 'own_city' },
  readSettlement: { corridor_admin: 'any', city_officer: 'own_city' },
  /** the flows between cities are shared among the nine cities' officials */
  readClearing: { corridor_admin: 'any', city_officer: 'any' },
  verifyLedger: { corridor_admin: 'any' },
} as const satisfies Record<string, Policy>

export interface OrderParties {
  firmId: string
  providerId: string
  issuerCityCode: string
  providerCityCode: string
}

/**
 * An order has two organisations and two cities: the firm and the provider reach it as their own; an officer of
 * the issuing city or of the provider's city reaches it as their city's.
 */
export function authorizeOrderParty(
  principal: Principal | null,
  policy: Policy,
  order: OrderParties,
): Principal {
  if (principal !== null) {
    const scopes = [
      { cityCode: order.issuerCityCode, organisationId: order.firmId },
      { cityCode: order.providerCityCode, organisationId: order.providerId },
    ]
    const reached = scopes.find((scope) => isAllowed(principal, policy, scope))
    if (reached !== undefined) return authorize(principal, policy, reached)
  }
  return authorize(principal, policy, { cityCode: order.issuerCityCode, organisationId: order.firmId })
}

export interface ListScope {
  cityCode?: string
  firmId?: string
  providerId?: string
}

/**
 * The part of a list a caller may see: a firm its own records, a provider its own, an officer its city's, the
 * corridor office everything. Asking for another firm's, provider's or city's records is a denial, not an empty
 * page.
 */
export function listScopeOf(
  principal: Principal | null,
  policy: Policy,
  requested: { cityCode?: string | undefined; firmId?: string | undefined; providerId?: string | undefined },
): ListScope {
  const actor = authorize(principal, policy, {
    cityCode: requested.cityCode ?? principal?.cityCode ?? null,
    organisationId:
      principal?.role === 'provider'
        ? (requested.providerId ?? principal.organisationId)
        : (requested.firmId ?? principal?.organisationId ?? null),
  })
  const scope: ListScope = {
    ...(requested.cityCode !== undefined ? { cityCode: requested.cityCode } : {}),
    ...(requested.firmId !== undefined ? { firmId: requested.firmId } : {}),
    ...(requested.providerId !== undefined ? { providerId: requested.providerId } : {}),
  }
  switch (actor.role) {
    case 'corridor_admin':
      return scope
    case 'city_officer':
      return { ...scope, cityCode: actor.cityCode ?? '' }
    case 'provider':
      return { ...scope, providerId: actor.organisationId ?? '' }
    default:
      return { ...scope, firmId: actor.organisationId ?? '' }
  }
}
