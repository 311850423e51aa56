// The clearing report: what each issuing city owes providers of each city for a period, and each city's net
// position, so that the corridor settles net between treasuries instead of city by city.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiPeriodBounds } from '../../platform/calendar'
import { AppError, assert } from '../../platform/errors'
import { toCsv, type Column, type Row } from '../../platform/export'
import { cityReferences } from '../registry'
import type { ClearingQueryInput, ClearingReportShape } from './redemptions.schemas'
import { clearingFlows } from './settlements.repository'
import { voucherPolicies as policies } from './vouchers.policies'
import type { ExportFile } from './settlements.service'

/** Three years: enough for any review, and the flows stay a small aggregate. */
const periodDaysMax = 3 * 366

/** Flows and positions share the columns; each row carries its period, so several reports can be stacked. */
const clearingColumns: readonly Column[] = [
  { header: '行类型 row', kind: 'text' },
  { header: '发券城市 issuer / 城市 city', kind: 'text' },
  { header: '服务机构城市 provider city', kind: 'text' },
  { header: '笔数 count', kind: 'integer' },
  { header: '金额（元）value or payable (yuan)', kind: 'yuan' },
  { header: '通兑金额（元）provider-paid or receivable (yuan)', kind: 'yuan' },
  { header: '净头寸（元）net (yuan)', kind: 'yuan' },
  { header: '期间起 period start', kind: 'date' },
  { header: '期间止 period end', kind: 'date' },
]

function clearingRows(shape: ClearingReportShape): Row[] {
  const period = [shape.periodStart, shape.periodEnd]
  const flowRows = shape.flows.map((flow): Row => [
    'flow',
    flow.issuerCityCode,
    flow.providerCityCode,
    flow.count,
    flow.valueFen,
    flow.providerPaidFen,
    null,
    ...period,
  ])
  const positionRows = shape.positions.map((position): Row => [
    'position',
    position.cityCode,
    null,
    null,
    position.payableToOtherCitiesFen,
    position.receivableFromOtherCitiesFen,
    position.netFen,
    ...period,
  ])
  return [...flowRows, ...positionRows]
}

export function createClearingService(db: Database) {
  async function report(
    principal: Principal | null,
    query: ClearingQueryInput,
  ): Promise<ClearingReportShape> {
    authorize(principal, policies.readClearing, { cityCode: principal?.cityCode ?? null })
    const bounds = shanghaiPeriodBounds(query.periodStart, query.periodEnd, periodDaysMax)
    if (bounds === null) {
      throw new AppError('CLEARING_PERIOD_INVALID', {
        periodStart: query.periodStart,
        periodEnd: query.periodEnd,
        daysMax: periodDaysMax,
      })
    }
    const { fromAt, toAt } = bounds
    const flows = await clearingFlows(db, fromAt, toAt)
    const positions = cityReferences.map((city) => {
      const payable = flows
        .filter((flow) => flow.issuerCityCode === city.code && flow.providerCityCode !== city.code)
        .reduce((sum, flow) => sum + flow.providerPaidFen, 0)
      const receivable = flows
        .filter((flow) => flow.providerCityCode === city.code && flow.issuerCityCode !== city.code)
        .reduce((sum, flow) => sum + flow.providerPaidFen, 0)
      return {
        cityCode: city.code,
        payableToOtherCitiesFen: payable,
        receivableFromOtherCitiesFen: receivable,
        netFen: receivable - payable,
      }
    })
    assert(
      positions.reduce((sum, position) => sum + position.netFen, 0) === 0,
      'net positions must sum to zero',
    )
    return {
      periodStart: query.periodStart,
      periodEnd: query.periodEnd,
      basis:
        'approved redemptions, by the Shanghai day of approval; net positions count provider_paid (通兑) only',
      flows,
      positions,
      totals: {
        count: flows.reduce((sum, flow) => sum + flow.count, 0),
        valueFen: flows.reduce((sum, flow) => sum + flow.valueFen, 0),
        crossCityFen: flows
          .filter((flow) => flow.issuerCityCode !== flow.providerCityCode)
          .reduce((sum, flow) => sum + flow.valueFen, 0),
      },
    }
  }

  async function exportReport(principal: Principal | null, query: ClearingQueryInput): Promise<ExportFile> {
    const shape = await report(principal, query)
    return {
      fileName: `clearing-${shape.periodStart}-${shape.periodEnd}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: toCsv(clearingColumns, clearingRows(shape)),
    }
  }

  return { report, exportReport }
}

export type ClearingService = ReturnType<typeof createClearingService>
