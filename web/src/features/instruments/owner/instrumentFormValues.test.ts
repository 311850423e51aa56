import { describe, expect, it } from 'vitest'
import type { Instrument } from '../common/instrument.types'
import {
  createBodyOf,
  defaultOpeningHours,
  defaultRules,
  updateBodyOf,
  valuesOf,
  type InstrumentFormValues,
} from './instrumentFormValues'

const typed: InstrumentFormValues = {
  nameZh: ' 场发射扫描电子显微镜 ',
  nameEn: 'Field-emission SEM',
  model: ' SU8010 ',
  maker: 'Hitachi',
  category: 'analytical',
  originalValue: '3200000',
  locationZh: '松江区',
  specificationsZh: '',
  specificationsEn: ' ',
  servicesZh: '形貌观察',
  priceUnit: 'per_hour',
  internalPrice: '300',
  externalPrice: '450.5',
  contactName: '王工',
  contactPhone: '021-12345678',
  status: 'available',
  rules: defaultRules,
  openingHours: defaultOpeningHours,
}

const instrument = {
  id: 'ins_1',
  nameZh: '场发射扫描电子显微镜',
  nameEn: 'Field-emission SEM',
  model: 'SU8010',
  maker: 'Hitachi',
  category: 'analytical',
  originalValueFen: 320_000_000,
  locationZh: '松江区',
  specificationsZh: '',
  specificationsEn: '',
  servicesZh: '形貌观察',
  priceUnit: 'per_hour',
  internalPriceFen: 30_000,
  externalPriceFen: 45_050,
  contactName: '王工',
  contactPhone: '021-12345678',
  status: 'available',
  rules: defaultRules,
  openingHours: defaultOpeningHours,
} as unknown as Instrument

describe('the instrument editor ↔ the API', () => {
  it('sends prices and value typed in yuan as fen, texts trimmed', () => {
    expect(createBodyOf(typed)).toMatchObject({
      nameZh: '场发射扫描电子显微镜',
      model: 'SU8010',
      originalValueFen: 320_000_000,
      internalPriceFen: 30_000,
      externalPriceFen: 45_050,
      specificationsEn: '',
      rules: defaultRules,
    })
    expect(createBodyOf(typed).rules).not.toBe(defaultRules)
  })

  it('reads an instrument back and sends nothing when nothing changed', () => {
    const values = valuesOf(instrument)
    expect(values).toMatchObject({ originalValue: '3200000', internalPrice: '300', externalPrice: '450.50' })
    expect(updateBodyOf(instrument, values)).toEqual({})
  })

  it('sends only the changed fields, and of the rules only the changed ones', () => {
    const values = {
      ...valuesOf(instrument),
      externalPrice: '500',
      status: 'maintenance' as const,
      rules: { ...defaultRules, leadTimeHours: 48, requiresApproval: false },
    }
    expect(updateBodyOf(instrument, values)).toEqual({
      externalPriceFen: 50_000,
      status: 'maintenance',
      rules: { leadTimeHours: 48, requiresApproval: false },
    })
  })

  it('sends the whole week when any of it changed, without periods left empty', () => {
    const weekly = defaultOpeningHours.weekly.map((periods) => [...periods])
    weekly[5] = [
      { opensAt: '09:00', closesAt: '12:00' },
      { opensAt: '', closesAt: '' },
    ]
    const values = { ...valuesOf(instrument), openingHours: { weekly, closedOnHolidays: false } }
    const expected = defaultOpeningHours.weekly.map((periods) => [...periods])
    expected[5] = [{ opensAt: '09:00', closesAt: '12:00' }]
    expect(updateBodyOf(instrument, values)).toEqual({
      openingHours: { weekly: expected, closedOnHolidays: false },
    })
  })

  it('never sends the fields fixed once published', () => {
    const values = { ...valuesOf(instrument), model: 'SU9000', maker: 'JEOL', originalValue: '1' }
    expect(updateBodyOf(instrument, values)).toEqual({})
  })
})
