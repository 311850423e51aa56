// Outcomes per city and period: credit granted and drawn, first-time borrowers, guarantees and their share,
// equity raised, and loan growth against the previous period of the same length.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiPeriodBounds } from '../../platform/calendar'
import { AppError } from '../../platform/errors'
import { cityReferences } from '../registry'
import { financePolicies as policies } from './finance.policies'
import * as repository from './figures.repository'
import type { FiguresQueryInput } from './finance.schemas'

const periodDaysMax = 3 * 366

export function createFiguresService(db: Database) {
  async function figures(principal: Principal | null, query: FiguresQueryInput) {
    authorize(principal, policies.readFigures)
    const bounds = shanghaiPeriodBounds(query.periodStart, query.periodEnd, periodDaysMax)
    if (bounds === null) {
      throw new AppError('FINANCE_PERIOD_INVALID', {
        periodStart: query.periodStart,
        periodEnd: query.periodEnd,
      })
    }
    const fromMs = bounds.fromAt.getTime()
    const toMs = bounds.toAt.getTime()
    const lengthMs = toMs - fromMs
    const [current, previous] = await Promise.all([
      repository.outcomeFigures(db, new Date(fromMs).toISOString(), new Date(toMs).toISOString()),
      repository.outcomeFigures(
        db,
        new Date(fromMs - lengthMs).toISOString(),
        new Date(fromMs).toISOString(),
      ),
    ])
    const byCity = (rows: typeof current) => new Map(rows.map((row) => [String(row.city_code), row]))
    const now = byCity(current)
    const before = byCity(previous)
    return {
      periodStart: query.periodStart,
      periodEnd: query.periodEnd,
      cities: cityReferences.map((city) => {
        const row = now.get(city.code)
        const number = (key: string) => Number(row?.[key] ?? 0)
        const creditGrantedFen = number('credit_granted_fen')
        const creditDrawnFen = number('credit_drawn_fen')
        const guaranteesFen = number('guarantees_fen')
        const previousCreditDrawnFen = Number(before.get(city.code)?.credit_drawn_fen ?? 0)
        return {
          cityCode: city.code,
          approvedCount: number('approved_count'),
          declinedCount: number('declined_count'),
          creditGrantedFen,
          creditDrawnFen,
          firstTimeBorrowers: number('first_time_borrowers'),
          guaranteesFen,
          guaranteeSharePercent:
            creditGrantedFen === 0 ? 0 : Math.round((guaranteesFen / creditGrantedFen) * 1000) / 10,
          equityRaisedFen: number('equity_raised_fen'),
          previousCreditDrawnFen,
          loanGrowthPercent:
            previousCreditDrawnFen === 0
              ? null
              : Math.round(((creditDrawnFen - previousCreditDrawnFen) / previousCreditDrawnFen) * 1000) / 10,
        }
      }),
    }
  }
  return { figures }
}

export type FiguresService = ReturnType<typeof createFiguresService>
