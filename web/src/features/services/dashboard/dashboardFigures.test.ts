import { describe, expect, it } from 'vitest'
import type { ServiceFigures } from '../common/services.types'
import { headlineOf } from './dashboardFigures'

const city = (code: string) => ({ code, nameZh: code, nameEn: code })
const rating = (key: string, average: number, ratings: number) => ({
  key,
  nameZh: key,
  nameEn: key,
  average,
  ratings,
})

const figures: ServiceFigures = {
  period: { from: '2026-01-01', to: '2026-06-30' },
  today: '2026-06-30',
  pairs: [
    { windowCity: city('HF'), competentCity: city('SH-SJ'), cases: 7 },
    { windowCity: city('SH-SJ'), competentCity: city('SH-SJ'), cases: 3 },
  ],
  onTime: [
    { city: city('SH-SJ'), decided: 6, onTime: 5, onTimePercent: 83.3 },
    { city: city('HF'), decided: 2, onTime: 2, onTimePercent: 100 },
  ],
  ratings: { byItem: [], byDepartment: [], byCity: [rating('SH-SJ', 4, 3), rating('HF', 5, 1)] },
  overdue: [
    {
      id: 'scas_1',
      number: 'HF-2026-000001-K',
      itemNameZh: '技术合同认定登记',
      itemNameEn: 'Registration of a technology contract',
      windowCity: city('HF'),
      competentCity: city('SH-SJ'),
      dueOn: '2026-06-20',
      escalated: true,
    },
  ],
}

describe('the dashboard’s headline', () => {
  it('sums the cases, those across a city line, the on-time share, the overdue and the ratings', () => {
    expect(headlineOf(figures)).toEqual({
      cases: 10,
      crossCity: 7,
      onTimePercent: 87.5,
      overdue: 1,
      averageRating: 4.3,
      ratings: 4,
    })
  })

  it('has no share or average where nothing was decided or rated', () => {
    const quiet = { ...figures, onTime: [], ratings: { byItem: [], byDepartment: [], byCity: [] } }
    expect(headlineOf(quiet)).toMatchObject({ onTimePercent: null, averageRating: null, ratings: 0 })
  })
})
