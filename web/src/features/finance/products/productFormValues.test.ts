import { describe, expect, it } from 'vitest'
import type { FinanceProduct } from '../common/finance.types'
import {
  createBodyOf,
  newProductValues,
  updateBodyOf,
  valuesOf,
  type ProductFormValues,
} from './productFormValues'

const loan: ProductFormValues = {
  productType: 'credit_loan',
  nameZh: ' 科创信用贷 ',
  nameEn: 'Sci-tech credit loan',
  descriptionZh: '面向科技企业的中长期信用贷款。',
  amountMin: '100000',
  amountMax: '10000000.5',
  rateCapBps: 60,
  termMinMonths: 12,
  termMaxMonths: 60,
  citiesServed: ['HF', 'HZ'],
  industries: [],
  stages: ['growth'],
  minScore: 62.3,
  requiresHighTech: true,
  requiresTechSme: false,
  riskSharePercent: 20,
}

const product = {
  id: 'fpr_1',
  institutionId: 'inst_1',
  cityCode: 'HF',
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  isSynthetic: false,
  status: 'active',
  productType: 'credit_loan',
  nameZh: '科创信用贷',
  nameEn: 'Sci-tech credit loan',
  descriptionZh: '面向科技企业的中长期信用贷款。',
  amountMinFen: 10_000_000,
  amountMaxFen: 1_000_000_050,
  rateCapBps: 60,
  termMinMonths: 12,
  termMaxMonths: 60,
  citiesServed: ['HZ', 'HF'],
  industries: [],
  stages: ['growth'],
  minScoreTenths: 623,
  requiresHighTech: true,
  requiresTechSme: false,
  riskSharePercent: 20,
} as FinanceProduct

describe('the finance product editor ↔ the API', () => {
  it('sends yuan as fen and the minimum score in tenths', () => {
    expect(createBodyOf(loan)).toMatchObject({
      nameZh: '科创信用贷',
      amountMinFen: 10_000_000,
      amountMaxFen: 1_000_000_050,
      rateCapBps: 60,
      minScoreTenths: 623,
      riskSharePercent: 20,
    })
    // 62.35 × 10 is 623.5 in floating point: rounded half up to the tenth
    expect(createBodyOf({ ...loan, minScore: 62.35 }).minScoreTenths).toBe(624)
    expect(createBodyOf({ ...loan, minScore: 0.1 }).minScoreTenths).toBe(1)
  })

  it('sends no rate cap for a product that lends nothing, and empty optional fields as null', () => {
    expect(createBodyOf({ ...loan, productType: 'equity_investment', rateCapBps: 80 }).rateCapBps).toBeNull()
    expect(createBodyOf({ ...loan, rateCapBps: undefined }).rateCapBps).toBeNull()
    expect(createBodyOf({ ...loan, riskSharePercent: undefined }).riskSharePercent).toBeNull()
    expect(createBodyOf({ ...loan, riskSharePercent: null }).riskSharePercent).toBeNull()
  })

  it('reads a product back into the form and sends only what changed, the status kept', () => {
    const values = valuesOf(product)
    expect(values).toMatchObject({ amountMin: '100000', amountMax: '10000000.50', minScore: 62.3 })
    expect(updateBodyOf(product, values)).toEqual({})
    expect(updateBodyOf(product, { ...values, termMaxMonths: 48, industries: ['ic'] })).toEqual({
      termMaxMonths: 48,
      industries: ['ic'],
    })
  })

  it('starts a new product as a credit loan for the institution’s city', () => {
    expect(newProductValues('SZ')).toMatchObject({ productType: 'credit_loan', citiesServed: ['SZ'] })
    expect(newProductValues(undefined).citiesServed).toEqual([])
  })
})
