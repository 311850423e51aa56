import { describe, expect, it } from 'vitest'
import type { User } from '../shared/api/types'
import type { NavigationEntry } from '../shared/module/featureModule'
import { selectedEntryKey } from '../shared/module/navigation'
import { RequireRole } from '../shared/session/RequireRole'
import { featureModules } from './modules'
import { navigationFor } from './navigation'
import { toRouteObject } from './routes'

const userOf = (role: User['role'], organisationId: string | null = null) =>
  ({ id: 'usr_1', role, organisationId, cityCode: 'SZ' }) as User

const keys = (entries: NavigationEntry[]) => entries.map((entry) => entry.key)
const childKeys = (entries: NavigationEntry[], group: string) =>
  keys(entries.find((entry) => entry.key === group)?.children ?? [])

describe('the side menu built from the modules', () => {
  it('keeps the order of the menu, the own organisation after home', () => {
    expect(keys(navigationFor(userOf('firm', 'firm_1')))).toEqual([
      'home',
      'my-firm',
      'vouchers',
      'instruments',
      'finance',
      'services',
      'licences',
      'policies',
      'registry',
    ])
    expect(keys(navigationFor(userOf('corridor_admin')))).toEqual([
      'home',
      'vouchers',
      'instruments',
      'finance',
      'services',
      'licences',
      'policies',
      'insights',
      'registry',
      'administration',
    ])
  })

  it('shows each role only the entries it may open, and hides a group left empty', () => {
    const firm = navigationFor(userOf('firm', 'firm_1'))
    expect(childKeys(firm, 'vouchers')).toEqual(['voucher-wallet', 'voucher-claims', 'redemptions-firm'])
    expect(childKeys(firm, 'finance')).toEqual(['finance-score', 'finance-needs', 'finance-referrals'])
    expect(keys(navigationFor(userOf('professional')))).toEqual([
      'home',
      'instruments',
      'services',
      'registry',
    ])
    expect(childKeys(navigationFor(userOf('professional')), 'services')).toEqual([
      'talent-window',
      'my-service-cases',
    ])
    expect(childKeys(firm, 'services')).toEqual(['service-catalogue', 'my-service-cases'])
    expect(childKeys(navigationFor(userOf('city_officer')), 'services')).toEqual([
      'service-catalogue',
      'service-intake',
      'service-deciding',
      'service-city-cases',
      'service-dashboard',
    ])
    expect(keys(navigationFor(userOf('financier', 'fi_1')))).not.toContain('services')
    // e-licences: a firm's wallet, an officer's city's licences, the office's all and the issuers' keys
    const licences = (role: User['role']) =>
      navigationFor(userOf(role, role === 'firm' ? 'firm_1' : null)).find((entry) => entry.key === 'licences')
    expect(licences('firm')).toMatchObject({ labelKey: 'licences:nav.wallet', path: '/licences' })
    expect(licences('city_officer')).toMatchObject({
      labelKey: 'licences:nav.cityLicences',
      path: '/licences',
    })
    expect(childKeys(navigationFor(userOf('corridor_admin')), 'licences')).toEqual([
      'licence-list',
      'licence-keys',
    ])
    expect(licences('professional')).toBeUndefined()
    // policy matching: a firm's matches first, the deciders' award lists, the workstations' figures
    const policies = (role: User['role']) =>
      childKeys(navigationFor(userOf(role, role === 'firm' ? 'firm_1' : null)), 'policies')
    expect(policies('firm')).toEqual(['policy-matches', 'policy-library', 'policy-calculator'])
    expect(policies('city_officer')).toEqual(['policy-award-lists', 'policy-library', 'policy-figures'])
    expect(policies('corridor_admin')).toEqual(['policy-award-lists', 'policy-library', 'policy-figures'])
    expect(policies('workstation')).toEqual(['policy-figures', 'policy-library'])
    expect(policies('professional')).toEqual([])
    expect(selectedEntryKey(navigationFor(userOf('firm', 'firm_1')), '/policies/items/pi_1')).toBe(
      'policy-library',
    )
    const provider = navigationFor(userOf('provider', 'prov_1'))
    expect(provider.find((entry) => entry.key === 'my-provider')?.path).toBe('/providers/prov_1')
  })

  it('selects the entry of a page, or of the longest path containing it', () => {
    const entries = navigationFor(userOf('provider', 'prov_1'))
    expect(selectedEntryKey(entries, '/')).toBe('home')
    expect(selectedEntryKey(entries, '/instruments/mine/new')).toBe('instrument-mine')
    expect(selectedEntryKey(entries, '/instruments/ins_1')).toBe('instrument-search')
    expect(selectedEntryKey(entries, '/nowhere')).toBeUndefined()
  })
})

describe('the routes built from the modules', () => {
  it('wraps a page in the roles that may open it and carries its crumb', () => {
    const vouchers = featureModules.find((module) => module.id === 'vouchers')
    const review = vouchers?.routes?.[0]?.children?.find((route) => route.path === 'review')
    if (review === undefined) throw new Error('no review page')
    const route = toRouteObject(review)
    expect(route.handle).toEqual({ crumb: 'vouchers:nav.voucherReview' })
    expect(route.element).toMatchObject({
      type: RequireRole,
      props: { roles: ['city_officer', 'corridor_admin'] },
    })
    expect(toRouteObject(vouchers?.routes?.[0] ?? {}).handle).toEqual({
      crumb: 'vouchers:nav.group',
      linked: false,
    })
  })

  it('declares every page path once', () => {
    const paths = featureModules.flatMap((module) =>
      [...(module.routes ?? []), ...(module.publicRoutes ?? [])].map((route) => route.path ?? '(index)'),
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        '/login',
        'cities',
        'parks',
        'alliances',
        'firms',
        'institutions',
        'providers',
      ]),
    )
    expect(new Set(paths).size).toBe(paths.length)
  })
})
