import { describe, expect, it } from 'vitest'
import type { Instrument } from '../common/instrument.types'
import {
  formatSpan,
  instantOfLocal,
  minutesOfTime,
  shanghaiPartsOf,
  timeOfMinutes,
} from '../common/shanghaiTime'
import { bookingBodyOf, occurrencesOf, repeatWeeksOf, slotOf, slotProblemsOf } from './bookingSlot'

const instrument = {
  id: 'ins_1',
  priceUnit: 'per_hour',
  rules: { leadTimeHours: 24, minDurationMinutes: 60, maxDurationMinutes: 480 },
} as unknown as Instrument

describe('times in Asia/Shanghai', () => {
  it('sends a Shanghai day and time with its +08:00 offset', () => {
    expect(instantOfLocal('2026-12-01T09:00')).toBe('2026-12-01T09:00:00+08:00')
    expect(instantOfLocal('2026-12-01 09:00')).toBeNull()
    expect(instantOfLocal(undefined)).toBeNull()
  })

  it('reads an instant back as its Shanghai day and minutes, across midnight UTC', () => {
    expect(shanghaiPartsOf('2026-11-30T16:00:00Z')).toEqual({ day: '2026-12-01', minutes: 0 })
    expect(shanghaiPartsOf('2026-12-01T01:30:00.000Z')).toEqual({ day: '2026-12-01', minutes: 570 })
  })

  it('reads and writes times of day', () => {
    expect(minutesOfTime('09:30')).toBe(570)
    expect(minutesOfTime('24:00')).toBeNull()
    expect(minutesOfTime('9:30')).toBeNull()
    expect(timeOfMinutes(-30)).toBe('23:30')
    expect(timeOfMinutes(1440 + 61)).toBe('01:01')
  })

  it('names the end’s day only when it differs', () => {
    expect(formatSpan('2026-12-01T01:00:00Z', '2026-12-01T03:00:00Z', 'zh-CN')).toBe(
      '2026年12月1日 09:00–11:00',
    )
    expect(formatSpan('2026-12-01T14:00:00Z', '2026-12-01T18:00:00Z', 'en-US')).toBe(
      'Dec 1, 2026 22:00–Dec 2, 2026 02:00',
    )
  })
})

describe('the booking form ↔ the API', () => {
  it('makes a slot of a day and two times, an end before the start being the next day', () => {
    expect(slotOf({ day: '2026-12-01', startTime: '09:00', endTime: '11:30' })).toEqual({
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T11:30:00+08:00',
      minutes: 150,
      overnight: false,
    })
    expect(slotOf({ day: '2026-12-31', startTime: '22:00', endTime: '02:00' })).toEqual({
      startsAt: '2026-12-31T22:00:00+08:00',
      endsAt: '2027-01-01T02:00:00+08:00',
      minutes: 240,
      overnight: true,
    })
  })

  it('makes no slot of a half-filled form', () => {
    expect(slotOf({ day: '2026-12-01', startTime: '09:00' })).toBeNull()
    expect(slotOf({ day: '12/01/2026', startTime: '09:00', endTime: '10:00' })).toBeNull()
    expect(slotOf({})).toBeNull()
  })

  it('repeats weekly only when asked, each occurrence a week later in UTC', () => {
    expect(repeatWeeksOf({ repeat: false, weeks: 4 })).toBe(1)
    expect(repeatWeeksOf({ repeat: true, weeks: null })).toBe(1)
    const slot = slotOf({ day: '2026-12-01', startTime: '09:00', endTime: '10:00' })
    if (slot === null) throw new Error('no slot')
    expect(occurrencesOf(slot, 2)).toEqual([
      { startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T02:00:00.000Z' },
      { startsAt: '2026-12-08T01:00:00.000Z', endsAt: '2026-12-08T02:00:00.000Z' },
    ])
  })

  it('says what the rules refuse before the server does', () => {
    const slot = slotOf({ day: '2026-12-01', startTime: '09:00', endTime: '09:30' })
    if (slot === null) throw new Error('no slot')
    const startsMs = Date.parse(slot.startsAt)
    expect(slotProblemsOf(instrument, slot, startsMs)).toEqual(['past', 'tooShort'])
    expect(slotProblemsOf(instrument, slot, startsMs - 23 * 3_600_000)).toEqual(['leadTime', 'tooShort'])
    const long = slotOf({ day: '2026-12-01', startTime: '08:00', endTime: '17:00' })
    if (long === null) throw new Error('no slot')
    expect(slotProblemsOf(instrument, long, Date.parse(long.startsAt) - 25 * 3_600_000)).toEqual(['tooLong'])
  })

  it('sends samples only for a per-sample instrument, a voucher and a repeat only when chosen', () => {
    const values = {
      day: '2026-12-01',
      startTime: '09:00',
      endTime: '11:00',
      purpose: ' 形貌观察 ',
      sampleCount: 3,
    }
    const slot = slotOf(values)
    if (slot === null) throw new Error('no slot')
    expect(bookingBodyOf(instrument, values, slot)).toEqual({
      instrumentId: 'ins_1',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T11:00:00+08:00',
      purpose: '形貌观察',
    })
    const perSample = { ...instrument, priceUnit: 'per_sample' } as Instrument
    expect(
      bookingBodyOf(perSample, { ...values, voucherId: 'vch_1', repeat: true, weeks: 4 }, slot),
    ).toMatchObject({
      sampleCount: 3,
      voucher: { voucherId: 'vch_1' },
      recurrence: { weeks: 4, mode: 'skip_conflicts' },
    })
    expect(bookingBodyOf(instrument, { ...values, voucherId: null }, slot)).not.toHaveProperty('voucher')
  })
})
