import { describe, expect, it } from 'vitest'
import { dayProblem, isWeekend, nextRow, yearBodyOf, type DayRow } from './calendarForm'

const rows: DayRow[] = [
  { day: '2027-10-01', kind: 'holiday', nameZh: '国庆节', nameEn: 'National Day' },
  { day: '2027-09-26', kind: 'workday', nameZh: '国庆节调休', nameEn: 'National Day make-up' },
  { day: '2027-10-01', kind: 'holiday', nameZh: '国庆节', nameEn: 'National Day' },
  { day: '2027-09-28', kind: 'workday', nameZh: '调休', nameEn: 'Make-up' },
  { day: '2026-12-31', kind: 'holiday', nameZh: '元旦', nameEn: 'New Year' },
  { kind: 'holiday' },
]

describe('the calendar editor', () => {
  it('knows a weekend', () => {
    expect(isWeekend('2027-09-26')).toBe(true)
    expect(isWeekend('2027-09-28')).toBe(false)
  })

  it('says what is wrong with a row’s day, as the server would', () => {
    expect(dayProblem(rows, 1, 2027)).toBeNull()
    expect(dayProblem(rows, 0, 2027)).toBe('twice')
    expect(dayProblem(rows, 3, 2027)).toBe('workdayOnWeekday')
    expect(dayProblem(rows, 4, 2027)).toBe('otherYear')
    expect(dayProblem(rows, 5, 2027)).toBe('missing')
  })

  it('sends the year’s days in order, names trimmed, rows without a day left out', () => {
    expect(
      yearBodyOf({
        source: ' 国办发明电〔2026〕1号 ',
        provisional: false,
        days: [
          { day: '2027-10-02', kind: 'holiday', nameZh: ' 国庆节 ', nameEn: 'National Day ' },
          { day: '2027-09-26', kind: 'workday', nameZh: '国庆节调休', nameEn: 'National Day make-up' },
          { kind: 'holiday', nameZh: '', nameEn: '' },
        ],
      }),
    ).toEqual({
      source: '国办发明电〔2026〕1号',
      provisional: false,
      days: [
        { day: '2027-09-26', kind: 'workday', nameZh: '国庆节调休', nameEn: 'National Day make-up' },
        { day: '2027-10-02', kind: 'holiday', nameZh: '国庆节', nameEn: 'National Day' },
      ],
    })
  })

  it('names a new row like the one before it', () => {
    expect(nextRow(rows.slice(0, 1))).toEqual({ kind: 'holiday', nameZh: '国庆节', nameEn: 'National Day' })
    expect(nextRow([])).toEqual({ kind: 'holiday', nameZh: '', nameEn: '' })
  })
})
