import { describe, expect, it } from 'vitest'
import { factsFromForm, formatFactValue, formFromFacts, sentFactValue } from './factValues'
import type { Fact } from './policies.types'

const fact = (name: Fact['name'], type: Fact['type'], unit: Fact['unit'] = null) => ({ name, type, unit })

const revenue = fact('revenueFen', 'int', 'fen')
const staff = fact('staffCount', 'int', 'count')
const intensity = fact('rdIntensityPercent', 'double', 'percent')
const highTech = fact('isHighTech', 'bool')
const city = fact('cityCode', 'string')
const licences = fact('licenceTypes', 'list<string>')
const certified = fact('highTechCertifiedYear', 'int', 'year')
const declared = [revenue, staff, intensity, highTech, city, licences, certified]

const words = { yes: '是', no: '否', none: '—' }

describe('the calculator’s facts as typed and as sent', () => {
  it('sends money typed in yuan as integer fen, read from the decimal text', () => {
    expect(sentFactValue(revenue, '20000000')).toBe(2_000_000_000)
    expect(sentFactValue(revenue, '1.15')).toBe(115)
    expect(sentFactValue(revenue, ' 1234.5 ')).toBe(123_450)
    expect(sentFactValue(revenue, '1.155')).toBeUndefined()
    expect(sentFactValue(revenue, '')).toBeUndefined()
  })

  it('sends numbers, yes/no, text and lists in their types, and leaves empty fields out', () => {
    expect(
      factsFromForm(declared, {
        revenueFen: '500.25',
        staffCount: 42.7,
        rdIntensityPercent: 3.5,
        isHighTech: false,
        cityCode: '  HF ',
        licenceTypes: [],
        highTechCertifiedYear: null,
      }),
    ).toEqual({
      revenueFen: 50_025,
      staffCount: 42,
      rdIntensityPercent: 3.5,
      isHighTech: false,
      cityCode: 'HF',
    })
  })

  it('fills the form with a firm’s registered facts, fen back to yuan', () => {
    expect(
      formFromFacts(declared, {
        revenueFen: 2_000_000_050,
        staffCount: 120,
        isHighTech: true,
        licenceTypes: ['ICP'],
        industryCode: 'IC',
      }),
    ).toEqual({ revenueFen: '20000000.50', staffCount: 120, isHighTech: true, licenceTypes: ['ICP'] })
  })

  it('reads each value as people write it', () => {
    expect(formatFactValue(revenue, 2_000_000_050, 'zh-CN', words)).toBe('¥20,000,000.50')
    expect(formatFactValue(intensity, 3.5, 'en-US', words)).toBe('3.5%')
    expect(formatFactValue(certified, 2025, 'en-US', words)).toBe('2025')
    expect(formatFactValue(staff, 1200, 'en-US', words)).toBe('1,200')
    expect(formatFactValue(highTech, false, 'zh-CN', words)).toBe('否')
    expect(formatFactValue(licences, ['ICP', '安全生产许可'], 'zh-CN', words)).toBe('ICP、安全生产许可')
    expect(formatFactValue(licences, [], 'en-US', words)).toBe('—')
    expect(formatFactValue(city, '', 'en-US', words)).toBe('—')
  })
})
