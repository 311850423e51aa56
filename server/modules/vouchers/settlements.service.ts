// Settlement runs: an issuing city pays a period's approved redemptions as one payment batch (to providers under
// provider_paid, to firms under firm_reimbursed), exported as CSV or Excel for the treasury's bank.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { orRefuse } from '../../platform/errors'
import { toCsv, toXlsx, xlsxContentType, type Cell } from '../../platform/export'
import { pageById } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import type { CreateSettlementInput, SettlementQueryInput } from './redemptions.schemas'
import * as repository from './settlements.repository'
import { voucherPolicies as policies } from './vouchers.policies'

/** A batch larger than this is refused for export rather than cut short: a bank file must be whole. */
const exportRowsMax = 100_000

const yuan = (fen: number) => (fen / 100).toFixed(2)

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

  async function listRuns(principal: Principal | null, query: SettlementQueryInput) {
    const actor = authorize(principal, policies.readSettlement, {
      cityCode: query.city ?? principal?.cityCode ?? null,
    })
    const cityCode = actor.role === 'corridor_admin' ? query.city : (actor.cityCode ?? '')
    return pageById(query, (after, limit) => repository.listRuns(db, { cityCode }, after, limit))
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
    const paymentHeader = [
      '收款方类型 payee kind',
      '收款方 payee',
      '统一社会信用代码 credit code',
      '城市 city',
      '兑付笔数 redemptions',
      '金额（元）amount (yuan)',
      '金额（分）amount (fen)',
    ]
    const paymentRows: Cell[][] = rows.payments.map((payment) => [
      payment.payeeKind === 'provider' ? '服务机构 provider' : '企业 firm',
      payment.payeeNameZh,
      payment.payeeCreditCode,
      payment.payeeCityCode,
      payment.redemptionCount,
      yuan(payment.amountFen),
      payment.amountFen,
    ])
    const baseName = `settlement-${run.cityCode}-${run.periodStart}-${run.periodEnd}`
    if (format === 'csv') {
      return {
        fileName: `${baseName}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: toCsv(paymentHeader, paymentRows),
      }
    }
    const redemptionRows: Cell[][] = rows.redemptions.map((redemption) => [
      redemption.id,
      redemption.orderId,
      redemption.providerCityCode,
      redemption.settlementModel,
      redemption.contractNumber,
      redemption.invoiceNumber,
      redemption.deliverableSha256,
      yuan(redemption.amountFen),
      redemption.amountFen,
    ])
    const body = toXlsx([
      { name: 'payments', header: paymentHeader, rows: paymentRows },
      {
        name: 'redemptions',
        header: [
          '兑付编号 redemption',
          '订单 order',
          '服务机构城市 provider city',
          '结算模式 model',
          '合同号 contract',
          '发票号 invoice',
          '交付物 SHA-256',
          '金额（元）amount (yuan)',
          '金额（分）amount (fen)',
        ],
        rows: redemptionRows,
      },
    ])
    return { fileName: `${baseName}.xlsx`, contentType: xlsxContentType, body }
  }

  return { getRun, listRuns, listPayments, createRun, exportRun }
}

export type SettlementsService = ReturnType<typeof createSettlementsService>
