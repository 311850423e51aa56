// Settlement runs: an issuing city pays a period's approved redemptions as one payment batch (to providers under
// provider_paid, to firms under firm_reimbursed), exported as CSV or Excel for the treasury's bank.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { orRefuse } from '../../platform/errors'
import {
  toCsv,
  toXlsx,
  xlsxContentType,
  type Column,
  type ExportTable,
  type Row,
} from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { pageById } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import type {
  CreateSettlementInput,
  SettlementQueryInput,
  SettlementRunQueryInput,
} from './redemptions.schemas'
import { settlementRunExportColumns } from './settlements.export'
import * as repository from './settlements.repository'
import { voucherPolicies as policies } from './vouchers.policies'

/** A batch larger than this is refused for export rather than cut short: a bank file must be whole. */
const exportRowsMax = 100_000

/** One line per payee; the CSV bank file has these columns too, in this order. */
const paymentColumns: readonly Column[] = [
  { header: '收款方类型 payee kind', kind: 'text' },
  { header: '收款方 payee', kind: 'text' },
  { header: '统一社会信用代码 credit code', kind: 'text' },
  { header: '城市 city', kind: 'text' },
  { header: '兑付笔数 redemptions', kind: 'integer' },
  { header: '金额（元）amount (yuan)', kind: 'yuan' },
  { header: '金额（分）amount (fen)', kind: 'integer' },
]

const redemptionColumns: readonly Column[] = [
  { header: '兑付编号 redemption', kind: 'text' },
  { header: '订单 order', kind: 'text' },
  { header: '审批时间 approved at', kind: 'datetime' },
  { header: '服务机构城市 provider city', kind: 'text' },
  { header: '结算模式 model', kind: 'text' },
  { header: '合同号 contract', kind: 'text' },
  { header: '发票号 invoice', kind: 'text' },
  { header: '交付物 SHA-256', kind: 'text' },
  { header: '金额（元）amount (yuan)', kind: 'yuan' },
  { header: '金额（分）amount (fen)', kind: 'integer' },
]

type ExportRows = Awaited<ReturnType<typeof repository.exportRows>>

function paymentRows(payments: ExportRows['payments']): Row[] {
  return payments.map((payment) => [
    payment.payeeKind === 'provider' ? '服务机构 provider' : '企业 firm',
    payment.payeeNameZh,
    payment.payeeCreditCode,
    payment.payeeCityCode,
    payment.redemptionCount,
    payment.amountFen,
    payment.amountFen,
  ])
}

function redemptionRows(redemptions: ExportRows['redemptions']): Row[] {
  return redemptions.map((redemption) => [
    redemption.id,
    redemption.orderId,
    redemption.decidedAt?.toISOString() ?? null,
    redemption.providerCityCode,
    redemption.settlementModel,
    redemption.contractNumber,
    redemption.invoiceNumber,
    redemption.deliverableSha256,
    redemption.amountFen,
    redemption.amountFen,
  ])
}

export interface ExportFile {
  fileName: string
  contentType: string
  body: string | Buffer
}

export function createSettlementsService(db: Database) {
  async function getRun(principal: Principal | null, id: string) {
    const run = orRefuse(await repository.findRun(db, id), 'SETTLEMENT_NOT_FOUND', { settlementRunId: id })
    authorize(principal, policies.readSettlement, { cityCode: run.cityCode })
    return run
  }

  /** Newest period first: the run people look for is the latest one. */
  async function listRuns(principal: Principal | null, query: SettlementRunQueryInput) {
    const actor = authorize(principal, policies.readSettlement, {
      cityCode: query.city ?? principal?.cityCode ?? null,
    })
    const cityCode = actor.role === 'corridor_admin' ? query.city : (actor.cityCode ?? '')
    const page = sortedPageRequest(query, '-periodStart')
    const read = await repository.listRuns(db, { cityCode }, page)
    return toListPage(page, read, (run) => run[page.order.key])
  }

  /** The runs list as an export: the list's read with the export's row bound instead of a page size. */
  async function exportRuns(
    principal: Principal | null,
    query: SettlementRunQueryInput,
    rowsMax: number,
  ): Promise<ExportTable<repository.SettlementRunRow>> {
    const page = await listRuns(principal, { ...query, cursor: undefined, limit: rowsMax })
    return {
      baseName: 'settlement-runs',
      sheetName: 'settlements',
      columns: settlementRunExportColumns,
      items: page.items,
      truncated: page.nextCursor !== null,
    }
  }

  async function listPayments(principal: Principal | null, id: string, query: SettlementQueryInput) {
    const run = await getRun(principal, id)
    return pageById(query, (after, limit) => repository.listPayments(db, run.id, after, limit))
  }

  /** One database round trip after the policy check: voucher_settlement_run does the rest under its locks. */
  async function createRun(principal: Principal | null, input: CreateSettlementInput) {
    const actor = authorize(principal, policies.settle, { cityCode: input.cityCode })
    return repository.runSettlement(db, {
      runId: newId('stlr'),
      cityCode: input.cityCode,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      actorUserId: actor.userId,
    })
  }

  async function exportRun(
    principal: Principal | null,
    id: string,
    format: 'csv' | 'xlsx',
  ): Promise<ExportFile> {
    const run = await getRun(principal, id)
    const rows = await repository.exportRows(db, run.id, exportRowsMax)
    if (rows.payments.length > exportRowsMax || rows.redemptions.length > exportRowsMax) {
      throw new Error(`settlement run ${id} has more than ${exportRowsMax} rows to export`)
    }
    const baseName = `settlement-${run.cityCode}-${run.periodStart}-${run.periodEnd}`
    if (format === 'csv') {
      return {
        fileName: `${baseName}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: toCsv(paymentColumns, paymentRows(rows.payments)),
      }
    }
    const body = await toXlsx([
      { name: 'payments', columns: paymentColumns, rows: paymentRows(rows.payments) },
      { name: 'redemptions', columns: redemptionColumns, rows: redemptionRows(rows.redemptions) },
    ])
    return { fileName: `${baseName}.xlsx`, contentType: xlsxContentType, body }
  }

  return { getRun, listRuns, exportRuns, listPayments, createRun, exportRun }
}

export type SettlementsService = ReturnType<typeof createSettlementsService>
