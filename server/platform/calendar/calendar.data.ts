// Mainland China's public holidays and make-up working days (调休) as published in the State Council General
// Office notices (国务院办公厅关于部分节假日安排的通知) for 2025 and 2026. This is only the initial data, inserted
// when missing: operators correct it or add later years in the calendar_days table, not in code.
import { addCalendarDays, calendarDaysBetween, type DayKind } from './calendar.days'

export interface CalendarDay {
  day: string
  kind: DayKind
  nameZh: string
  nameEn: string
}

interface HolidayBlock {
  nameZh: string
  nameEn: string
  /** first and last day off, both included; weekend days inside the block are listed as holidays too */
  firstDay: string
  lastDay: string
  /** weekend days worked in exchange */
  makeUpDays: string[]
}

const holidayBlocks: HolidayBlock[] = [
  // 2025
  { nameZh: '元旦', nameEn: "New Year's Day", firstDay: '2025-01-01', lastDay: '2025-01-01', makeUpDays: [] },
  {
    nameZh: '春节',
    nameEn: 'Spring Festival',
    firstDay: '2025-01-28',
    lastDay: '2025-02-04',
    makeUpDays: ['2025-01-26', '2025-02-08'],
  },
  {
    nameZh: '清明节',
    nameEn: 'Qingming Festival',
    firstDay: '2025-04-04',
    lastDay: '2025-04-06',
    makeUpDays: [],
  },
  {
    nameZh: '劳动节',
    nameEn: 'Labour Day',
    firstDay: '2025-05-01',
    lastDay: '2025-05-05',
    makeUpDays: ['2025-04-27'],
  },
  {
    nameZh: '端午节',
    nameEn: 'Dragon Boat Festival',
    firstDay: '2025-05-31',
    lastDay: '2025-06-02',
    makeUpDays: [],
  },
  {
    // Mid-Autumn (6 October) falls inside the National Day week in 2025
    nameZh: '国庆节、中秋节',
    nameEn: 'National Day and Mid-Autumn Festival',
    firstDay: '2025-10-01',
    lastDay: '2025-10-08',
    makeUpDays: ['2025-09-28', '2025-10-11'],
  },
  // 2026
  {
    nameZh: '元旦',
    nameEn: "New Year's Day",
    firstDay: '2026-01-01',
    lastDay: '2026-01-03',
    makeUpDays: ['2026-01-04'],
  },
  {
    nameZh: '春节',
    nameEn: 'Spring Festival',
    firstDay: '2026-02-15',
    lastDay: '2026-02-23',
    makeUpDays: ['2026-02-14', '2026-02-28'],
  },
  {
    nameZh: '清明节',
    nameEn: 'Qingming Festival',
    firstDay: '2026-04-04',
    lastDay: '2026-04-06',
    makeUpDays: [],
  },
  {
    nameZh: '劳动节',
    nameEn: 'Labour Day',
    firstDay: '2026-05-01',
    lastDay: '2026-05-05',
    makeUpDays: ['2026-05-09'],
  },
  {
    nameZh: '端午节',
    nameEn: 'Dragon Boat Festival',
    firstDay: '2026-06-19',
    lastDay: '2026-06-21',
    makeUpDays: [],
  },
  {
    nameZh: '中秋节',
    nameEn: 'Mid-Autumn Festival',
    firstDay: '2026-09-25',
    lastDay: '2026-09-27',
    makeUpDays: [],
  },
  {
    nameZh: '国庆节',
    nameEn: 'National Day',
    firstDay: '2026-10-01',
    lastDay: '2026-10-07',
    makeUpDays: ['2026-09-20', '2026-10-10'],
  },
]

/** A holiday block is at most a couple of weeks: anything longer is a typing error in the list above. */
const blockDaysMax = 14

function expandBlock(block: HolidayBlock): CalendarDay[] {
  const lengthDays = calendarDaysBetween(block.firstDay, block.lastDay) + 1
  if (lengthDays < 1 || lengthDays > blockDaysMax) {
    throw new Error(`holiday block ${block.firstDay}..${block.lastDay} has ${lengthDays} days`)
  }
  const days: CalendarDay[] = Array.from({ length: lengthDays }, (_, offset) => ({
    day: addCalendarDays(block.firstDay, offset),
    kind: 'holiday',
    nameZh: block.nameZh,
    nameEn: block.nameEn,
  }))
  for (const day of block.makeUpDays) {
    days.push({
      day,
      kind: 'workday',
      nameZh: `${block.nameZh}调休上班`,
      nameEn: `${block.nameEn} make-up working day`,
    })
  }
  return days
}

/** Every exception day of the built-in schedule, in day order. */
export const chinaCalendarDays: readonly CalendarDay[] = holidayBlocks
  .flatMap(expandBlock)
  .sort((left, right) => left.day.localeCompare(right.day))
