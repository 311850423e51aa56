import { describe, expect, it } from 'vitest'
import { formatFen } from './format'
import { fenToYuanText, parseYuan, yuanToFen } from './yuan'

describe('yuan typed in a form ↔ integer fen', () => {
  it('reads the decimal text itself, never through a float', () => {
    expect(parseYuan('20000')).toBe(2_000_000)
    expect(parseYuan('1234.5')).toBe(123_450)
    expect(parseYuan('0.05')).toBe(5)
    // 1.15 × 100 is 114.99999999999999 in floating point
    expect(parseYuan('1.15')).toBe(115)
    expect(parseYuan('0.29')).toBe(29)
    expect(parseYuan('  7.1 ')).toBe(710)
    expect(parseYuan('99999999999.99')).toBe(9_999_999_999_999)
  })

  it('refuses what is not an amount of yuan with at most two decimals', () => {
    for (const text of ['', ' ', '1.234', '-1', '1e3', '1,000', '１２', '.5', '5.', '100000000000', 'abc']) {
      expect(parseYuan(text), text).toBeNull()
    }
    expect(() => yuanToFen('1.234')).toThrow(/not an amount of yuan/)
    expect(yuanToFen('60000000')).toBe(6_000_000_000)
  })

  it('writes fen back as the text a user would type, and the two agree', () => {
    expect(fenToYuanText(2_000_000)).toBe('20000')
    expect(fenToYuanText(123_456)).toBe('1234.56')
    expect(fenToYuanText(5)).toBe('0.05')
    expect(fenToYuanText(50)).toBe('0.50')
    expect(fenToYuanText(0)).toBe('0')
    for (const fen of [0, 1, 10, 99, 100, 101, 1_500_050, 9_999_999_999_999]) {
      expect(parseYuan(fenToYuanText(fen))).toBe(fen)
    }
  })

  it('shows fen as ¥ with separators in either language, negatives included', () => {
    expect(formatFen(123_456_789, 'zh-CN')).toBe('¥1,234,567.89')
    expect(formatFen(123_456_789, 'en-US')).toBe('¥1,234,567.89')
    expect(formatFen(-5, 'zh-CN')).toBe('-¥0.05')
    expect(formatFen(0, 'en-US')).toBe('¥0.00')
  })
})
