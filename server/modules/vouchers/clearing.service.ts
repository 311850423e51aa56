// The clearing report: what each issuing city owes providers of each city for a period, and each city's net
// position, so that the corridor settles net between treasuries instead of city by city.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiPeriodBounds } from '../../platform/calendar'
import { AppError, assert } from '../../platform/errors'
import { toCsv } from '../../platform/export'
import { cityReferences } from '../registry'
import type { ClearingQueryInput, ClearingReportShape } from './redemptions.schemas'
import { clearingFlows } from './settlements.repository'
import { voucherPolicies as policies } from './vouchers.policies'
import type { ExportFile } from './settlements.service'

/** Three years: enough for any review, and the flows stay a small aggregate. */
const periodDaysMax = 3 * 366

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
    const flowRows = shape.flows.map((flow) => [
      'flow',
      flow.issuerCityCode,
      flow.providerCityCode,
      flow.count,
      flow.valueFen,
      flow.providerPaidFen,
      null,
    ])
    const positionRows = shape.positions.map((position) => [
      'position',
      position.cityCode,
      null,
      null,
      position.payableToOtherCitiesFen,
      position.receivableFromOtherCitiesFen,
      position.netFen,
    ])
    const header = [
      '行类型 row',
      '发券城市 issuer / 城市 city',
      '服务机构城市 provider city',
      '笔数 count',
      '金额（分）value or payable (fen)',
      '通兑金额（分）provider-paid or receivable (fen)',
      '净头寸（分）net (fen)',
    ]
    return {
      fileName: `clearing-${shape.periodStart}-${shape.periodEnd}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: toCsv(header, [...flowRows, ...positionRows]),
    }
  }

  return { report, exportReport }
}

export type ClearingService = ReturnType<typeof createClearingService>
