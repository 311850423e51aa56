// Sharing statistics: per instrument, owner or city over a period — effective and external hours, the sharing
// rate, cross-city use, income and ratings — and each owner's grade from the corridor's grade levels.
import type { Database } from '../../db/client'
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiPeriodBounds } from '../../platform/calendar'
import { AppError } from '../../platform/errors'
import { instrumentPolicies as policies } from './instruments.policies'
import { ownerGrades, type OwnerGrade } from './instruments.reference'
import type { GradeLevelInput, StatsQueryInput } from './instruments.schemas'
import * as repository from './stats.repository'
import type { ExportTable } from '../../platform/export'
import { statisticsExportColumns, type StatisticsExportItem } from './stats.export'
import { gradeOf, sharingRatePercent, type GradeLevel } from './rules'

const instrumentGradeLevelsAudit = auditTrail('instrument_grade_levels')

const periodDaysMax = 3 * 366

const hours = (minutes: unknown) => Math.round((Number(minutes ?? 0) / 60) * 10) / 10

function periodBounds(periodStart: string, periodEnd: string) {
  const bounds = shanghaiPeriodBounds(periodStart, periodEnd, periodDaysMax)
  if (bounds === null)
    throw new AppError('STATS_PERIOD_INVALID', { periodStart, periodEnd, daysMax: periodDaysMax })
  return { fromAt: bounds.fromAt.toISOString(), toAt: bounds.toAt.toISOString() }
}

const isGrade = (value: string): value is OwnerGrade => (ownerGrades as readonly string[]).includes(value)

export function createStatsService(db: Database) {
  async function levels(): Promise<GradeLevel[]> {
    const rows = await repository.gradeLevels(db)
    return rows.flatMap((row) => (isGrade(row.grade) ? [{ ...row, grade: row.grade }] : []))
  }

  /** One statement for the rows and one for the city-to-city hours, over completed bookings of the period. */
  async function statistics(principal: Principal | null, query: StatsQueryInput) {
    const actor = authorize(principal, policies.readStatistics, {
      organisationId: query.provider ?? principal?.organisationId ?? null,
    })
    const providerId = actor.role === 'provider' ? (actor.organisationId ?? '') : query.provider
    const scope = { ...periodBounds(query.periodStart, query.periodEnd), cityCode: query.city, providerId }
    const rows = await repository.statisticsRows(db, scope, query.groupBy, query.limit ?? 20)
    const flows = await repository.minutesByCityPair(db, scope)
    const gradeLevels = query.groupBy === 'owner' ? await levels() : []
    return {
      periodStart: query.periodStart,
      periodEnd: query.periodEnd,
      groupBy: query.groupBy,
      rows: rows.map((row) => {
        const effectiveHours = hours(row.effective_minutes)
        const externalHours = hours(row.external_minutes)
        const averageRating =
          row.average_rating === null ? null : Math.round(Number(row.average_rating) * 100) / 100
        return {
          key: String(row.key),
          nameZh: String(row.name_zh),
          nameEn: String(row.name_en),
          cityCode: String(row.city_code),
          bookings: Number(row.bookings),
          effectiveHours,
          externalHours,
          sharingRatePercent: sharingRatePercent(effectiveHours, externalHours),
          crossCityHours: hours(row.cross_city_minutes),
          incomeFen: Number(row.income_fen ?? 0),
          averageRating,
          grade:
            query.groupBy === 'owner'
              ? gradeOf({ effectiveHours, externalHours, averageRating }, gradeLevels)
              : null,
        }
      }),
      hoursByUserCity: flows.map((flow) => ({
        ownerCityCode: String(flow.owner_city_code),
        userCityCode: String(flow.user_city_code),
        hours: hours(flow.minutes),
      })),
    }
  }

  /** The statistics as a file: the rows the page shows, in the same order, in the language asked for. */
  async function exportStatistics(
    principal: Principal | null,
    query: StatsQueryInput,
  ): Promise<ExportTable<StatisticsExportItem>> {
    const answer = await statistics(principal, query)
    return {
      baseName: `instrument-statistics-${query.groupBy}-${query.periodStart}-${query.periodEnd}`,
      sheetName: 'statistics',
      columns: statisticsExportColumns,
      items: answer.rows,
      truncated: false,
    }
  }

  async function gradeLevelsOf() {
    return { levels: await levels() }
  }

  /** The corridor office sets the four grades' thresholds; A must ask at least as much as B, and so on. */
  async function setGradeLevels(principal: Principal | null, input: { levels: GradeLevelInput[] }) {
    const actor = authorize(principal, policies.setGradeLevels)
    const sorted = [...input.levels].sort((left, right) => left.grade.localeCompare(right.grade))
    const grades = sorted.map((level) => level.grade).join('')
    const descending = sorted.every(
      (level, index) =>
        index === 0 ||
        ((sorted[index - 1]?.minEffectiveHours ?? 0) >= level.minEffectiveHours &&
          (sorted[index - 1]?.minSharingRatePercent ?? 0) >= level.minSharingRatePercent),
    )
    if (grades !== 'ABCD' || !descending) {
      throw new AppError('VALIDATION_FAILED', {
        problems: [{ path: '/levels', rule: 'one level per grade A–D, thresholds not rising from A to D' }],
      })
    }
    await db.transaction(async (transaction) => {
      await repository.replaceGradeLevels(transaction, sorted)
      await instrumentGradeLevelsAudit.record(
        transaction,
        actor,
        'set',
        { id: 'corridor', cityCode: null },
        { levels: sorted },
      )
    })
    return gradeLevelsOf()
  }

  return { statistics, exportStatistics, gradeLevels: gradeLevelsOf, setGradeLevels }
}

export type StatsService = ReturnType<typeof createStatsService>
