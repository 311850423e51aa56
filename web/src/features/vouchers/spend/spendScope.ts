// Which products a voucher can pay for: the scheme's allowed categories from providers of its recognised cities.
// The catalogue filters by one city and one category at a time, so a scheme that allows only some of them gets
// one of them chosen for the user; "all" is offered only when the scheme allows them all.
import type { CityCode, ServiceCategory, VoucherScheme } from '../../../shared/api/types'
import { cityCodes, serviceCategories } from '../../../shared/ui/enums'

export interface SpendScope {
  categories: readonly ServiceCategory[]
  cities: readonly CityCode[]
  anyCategory: boolean
  anyCity: boolean
}

export function spendScopeOf(scheme: Pick<VoucherScheme, 'serviceCategories' | 'recognisedCityCodes'>) {
  const categories = serviceCategories.filter((category) => scheme.serviceCategories.includes(category))
  const cities = cityCodes.filter((code) => scheme.recognisedCityCodes.includes(code))
  return {
    categories,
    cities,
    anyCategory: categories.length === serviceCategories.length,
    anyCity: cities.length === cityCodes.length,
  } satisfies SpendScope
}

/** The category to search: the chosen one, else none (all) when any is allowed, else the first allowed. */
export function categoryToSearch(scope: SpendScope, chosen: ServiceCategory | undefined) {
  return chosen ?? (scope.anyCategory ? undefined : scope.categories[0])
}

/** The city to search: the chosen one, else none (all) when every city is recognised, else the first one. */
export function cityToSearch(scope: SpendScope, chosen: CityCode | undefined) {
  return chosen ?? (scope.anyCity ? undefined : scope.cities[0])
}
