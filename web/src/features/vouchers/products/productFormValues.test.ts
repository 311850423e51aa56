import { describe, expect, it } from 'vitest'
import type { ServiceProduct } from '../../../shared/api/types'
import { createBodyOf, updateBodyOf, valuesOf } from './productFormValues'

const product = {
  id: 'svp_1',
  category: 'testing',
  nameZh: '芯片失效分析',
  nameEn: 'Chip failure analysis',
  descriptionZh: '',
  descriptionEn: '',
  priceFen: 300_000,
  priceUnit: 'per_sample',
} as ServiceProduct

describe('the service product editor ↔ the API', () => {
  it('sends the price typed in yuan as fen, texts trimmed, empty descriptions as empty', () => {
    expect(
      createBodyOf({
        category: 'testing',
        nameZh: ' 芯片失效分析 ',
        nameEn: 'Chip failure analysis',
        descriptionZh: '  ',
        descriptionEn: '',
        price: '1.15',
        priceUnit: 'per_hour',
      }),
    ).toEqual({
      category: 'testing',
      nameZh: '芯片失效分析',
      nameEn: 'Chip failure analysis',
      descriptionZh: '',
      descriptionEn: '',
      priceFen: 115,
      priceUnit: 'per_hour',
    })
  })

  it('shows the price as yuan and sends back only what changed', () => {
    const values = valuesOf(product)
    expect(values.price).toBe('3000')
    expect(updateBodyOf(product, values)).toEqual({})
    expect(updateBodyOf(product, { ...values, price: '2999.99', descriptionEn: ' SEM, FIB ' })).toEqual({
      priceFen: 299_999,
      descriptionEn: 'SEM, FIB',
    })
  })
})
