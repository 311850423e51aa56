// The one-stop services' figures for the corridor office (and each city's officers, for their city's overdue list):
// cases by window × competent city, the share decided on time, ratings by item, department and city, overdue cases.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiDateOf, shanghaiPeriodBounds } from '../../platform/calendar'
import { AppError } from '../../platform/errors'
import * as repository from './figures.repository'

const periodDaysMax = 3660
const ratingsListed = 20
const overdueListed = 50
const figuresPolicy = { corridor_admin: 'any', city_officer: 'any' } as const

export function createFiguresService(db: Database) {
  async function figures(principal: Principal | null, period: repository.Period) {
    const actor = authorize(principal, figuresPolicy)
    if (shanghaiPeriodBounds(period.from, period.to, periodDaysMax) === null) {
      throw new AppError('VALIDATION_FAILED', {
        problems: [{ path: '/periodEnd', rule: 'after periodStart, within ten years' }],
      })
    }
    const today = shanghaiDateOf()
    const [pairs, onTime, byItem, byDepartment, byCity, overdue] = await Promise.all([
      repository.casesByCityPair(db, period),
      repository.onTimeByCity(db, period),
      repository.ratingsBy(db, period, 'item', ratingsListed),
      repository.ratingsBy(db, period, 'department', ratingsListed),
      repository.ratingsBy(db, period, 'city', ratingsListed),
      repository.overdueCases(
        db,
        today,
        actor.role === 'corridor_admin' ? null : actor.cityCode,
        overdueListed,
      ),
    ])
    return { period, today, pairs, onTime, ratings: { byItem, byDepartment, byCity }, overdue }
  }
  return { figures }
}

export type FiguresService = ReturnType<typeof createFiguresService>
