import { describe, expect, it } from 'vitest'
import type { VoucherScheme } from '../../../shared/api/types'
import {
  createBodyOf,
  newSchemeValues,
  updateBodyOf,
  valuesOf,
  type SchemeFormValues,
} from './schemeFormValues'

const typed: SchemeFormValues = {
  cityCode: 'HF',
  nameZh: ' 合肥市科技创新券（2026） ',
  nameEn: 'Hefei innovation vouchers 2026 ',
  voucherType: 'general',
  eligibleFirms: ['tech_sme', 'high_tech'],
  annualBudget: '50000000',
  claimCap: '20000',
  firmYearCap: '100000.5',
  firmTotalCap: '300000',
  voucherShareMaxPercent: 50,
  fullCoverageBelow: '0',
  validityDays: 365,
  serviceCategories: ['testing', 'rd_design'],
  settlementModel: 'provider_paid',
  utilisationGatePercent: 80,
  spotCheckPercent: 10,
  recognisedCityCodes: ['HF', 'SZ', 'HZ'],
  status: 'open',
}

/** The scheme as the API answers it after `typed` was created (only the fields the editor reads). */
const scheme = {
  id: 'vsc_1',
  cityCode: 'HF',
  nameZh: '合肥市科技创新券（2026）',
  nameEn: 'Hefei innovation vouchers 2026',
  voucherType: 'general',
  eligibleFirms: ['tech_sme', 'high_tech'],
  annualBudgetFen: 5_000_000_000,
  claimCapFen: 2_000_000,
  firmYearCapFen: 10_000_050,
  firmTotalCapFen: 30_000_000,
  voucherShareMaxPercent: 50,
  fullCoverageBelowFen: 0,
  validityDays: 365,
  serviceCategories: ['testing', 'rd_design'],
  settlementModel: 'provider_paid',
  utilisationGatePercent: 80,
  spotCheckPercent: 10,
  recognisedCityCodes: ['SZ', 'HF', 'HZ'],
  status: 'open',
} as VoucherScheme

describe('the scheme editor ↔ the API', () => {
  it('sends amounts typed in yuan as integer fen and names trimmed', () => {
    expect(createBodyOf(typed)).toEqual({
      cityCode: 'HF',
      nameZh: '合肥市科技创新券（2026）',
      nameEn: 'Hefei innovation vouchers 2026',
      voucherType: 'general',
      settlementModel: 'provider_paid',
      eligibleFirms: ['tech_sme', 'high_tech'],
      annualBudgetFen: 5_000_000_000,
      claimCapFen: 2_000_000,
      firmYearCapFen: 10_000_050,
      firmTotalCapFen: 30_000_000,
      voucherShareMaxPercent: 50,
      fullCoverageBelowFen: 0,
      validityDays: 365,
      serviceCategories: ['testing', 'rd_design'],
      utilisationGatePercent: 80,
      spotCheckPercent: 10,
      recognisedCityCodes: ['HF', 'SZ', 'HZ'],
    })
  })

  it('shows a scheme’s fen as yuan text, the cities in the corridor’s order', () => {
    const values = valuesOf(scheme)
    expect(values).toMatchObject({
      annualBudget: '50000000',
      claimCap: '20000',
      firmYearCap: '100000.50',
      fullCoverageBelow: '0',
      recognisedCityCodes: ['SZ', 'HZ', 'HF'],
    })
    expect(values).not.toHaveProperty('cityCode')
  })

  it('sends nothing for an edit that changed nothing, whatever the order of a list', () => {
    expect(updateBodyOf(scheme, valuesOf(scheme))).toEqual({})
    expect(
      updateBodyOf(scheme, { ...valuesOf(scheme), serviceCategories: ['rd_design', 'testing'] }),
    ).toEqual({})
  })

  it('sends only what changed', () => {
    const values = {
      ...valuesOf(scheme),
      claimCap: '15000',
      status: 'closed' as const,
      nameEn: ' Hefei vouchers ',
    }
    expect(updateBodyOf(scheme, values)).toEqual({
      claimCapFen: 1_500_000,
      status: 'closed',
      nameEn: 'Hefei vouchers',
    })
    expect(updateBodyOf(scheme, { ...valuesOf(scheme), recognisedCityCodes: ['HF'] })).toEqual({
      recognisedCityCodes: ['HF'],
    })
  })

  it('starts a new scheme from the common case, in the officer’s city when it has one', () => {
    expect(newSchemeValues('HF')).toMatchObject({
      cityCode: 'HF',
      validityDays: 365,
      voucherShareMaxPercent: 50,
    })
    expect(newSchemeValues(undefined)).not.toHaveProperty('cityCode')
    expect(newSchemeValues(undefined).recognisedCityCodes).toHaveLength(9)
  })
})
