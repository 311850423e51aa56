import { describe, expect, it } from 'vitest'
import { authorize, isAllowed, type Principal } from './authorization'
import { AppError } from './errors'

const officerHefei: Principal = {
  userId: 'usr_1',
  username: 'o',
  role: 'city_officer',
  cityCode: 'HF',
  organisationId: null,
}
const firm: Principal = {
  userId: 'usr_2',
  username: 'f',
  role: 'firm',
  cityCode: 'SH-SJ',
  organisationId: 'firm_a',
}
const policy = { corridor_admin: 'any', city_officer: 'own_city', firm: 'own_organisation' } as const

describe('authorize: role × city × own organisation', () => {
  it('lets a city officer act in its own city only', () => {
    expect(isAllowed(officerHefei, policy, { cityCode: 'HF' })).toBe(true)
    expect(isAllowed(officerHefei, policy, { cityCode: 'SZ' })).toBe(false)
  })
  it('lets a firm act on its own organisation only', () => {
    expect(isAllowed(firm, policy, { organisationId: 'firm_a', cityCode: 'SH-SJ' })).toBe(true)
    expect(isAllowed(firm, policy, { organisationId: 'firm_b', cityCode: 'SH-SJ' })).toBe(false)
  })
  it('refuses roles the policy does not name, and anonymous callers with AUTH_REQUIRED', () => {
    const professional: Principal = { ...firm, role: 'professional', organisationId: null }
    expect(() => authorize(professional, policy, { cityCode: 'SH-SJ' })).toThrowError(AppError)
    try {
      authorize(null, policy)
    } catch (error) {
      expect(error instanceof AppError && error.code).toBe('AUTH_REQUIRED')
    }
    expect.assertions(2)
  })
  it('does not let a principal without a city reach own_city records that have no city', () => {
    const officerWithoutCity: Principal = { ...officerHefei, cityCode: null }
    expect(isAllowed(officerWithoutCity, policy, { cityCode: null })).toBe(false)
  })
})
