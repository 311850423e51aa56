// Reading vouchers: a holder its own, an officer its city's, the corridor office all; and each voucher's
// ledger entries, so every fen of it can be traced.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError, orRefuse } from '../../platform/errors'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { pageById } from '../../platform/http/schemas'
import type { ExportTable } from '../../platform/export'
import * as ledger from './ledger.repository'
import { isValidVoucherNumber, normaliseVoucherNumber } from './rules'
import { listScopeOf, voucherPolicies as policies } from './vouchers.policies'
import { voucherExportColumns, type VoucherExportItem } from './vouchers.export'
import { voucherStatusOf } from './vouchers.presenters'
import * as repository from './vouchers.repository'
import type { VoucherQueryInput } from './vouchers.schemas'

export function createVouchersService(db: Database) {
  async function getVoucher(principal: Principal | null, id: string) {
    const voucher = orRefuse(await repository.findVoucher(db, id), 'VOUCHER_NOT_FOUND', { voucherId: id })
    authorize(principal, policies.readVoucher, { cityCode: voucher.cityCode, organisationId: voucher.firmId })
    return voucher
  }

  /** A typed-in number is checked for its shape and check character before it is looked up. */
  async function getVoucherByNumber(principal: Principal | null, number: string) {
    if (!isValidVoucherNumber(number)) throw new AppError('VOUCHER_NUMBER_INVALID', { number })
    const voucher = orRefuse(
      await repository.findVoucherByNumber(db, normaliseVoucherNumber(number)),
      'VOUCHER_NOT_FOUND',
      { number },
    )
    authorize(principal, policies.readVoucher, { cityCode: voucher.cityCode, organisationId: voucher.firmId })
    return voucher
  }

  async function listVouchers(principal: Principal | null, query: VoucherQueryInput) {
    const scope = listScopeOf(principal, policies.readVoucher, { cityCode: query.city, firmId: query.firm })
    const page = sortedPageRequest(query, '-issuedAt')
    const read = await repository.listVouchers(
      db,
      { ...scope, schemeId: query.scheme, status: query.status, q: query.q },
      page,
    )
    return toListPage(page, read, (voucher) => voucher[page.order.key])
  }

  /** The vouchers list as an export: the list's read with the export's row bound, with holder and scheme names. */
  async function exportVouchers(
    principal: Principal | null,
    query: VoucherQueryInput,
    rowsMax: number,
  ): Promise<ExportTable<VoucherExportItem>> {
    const page = await listVouchers(principal, { ...query, cursor: undefined, limit: rowsMax })
    const now = new Date()
    return {
      baseName: 'vouchers',
      sheetName: 'vouchers',
      columns: voucherExportColumns,
      items: page.items.map((voucher) => ({
        ...voucher,
        shownStatus: voucherStatusOf(voucher, now),
      })),
      truncated: page.nextCursor !== null,
    }
  }

  async function listLedgerEntries(
    principal: Principal | null,
    id: string,
    query: { limit?: number; cursor?: string },
  ) {
    const voucher = await getVoucher(principal, id)
    return pageById(query, (after, limit) =>
      ledger.listTransfersOf(db, [voucher.accountId, voucher.reservationAccountId], after, limit),
    )
  }

  return { getVoucher, getVoucherByNumber, listVouchers, exportVouchers, listLedgerEntries }
}

export type VouchersService = ReturnType<typeof createVouchersService>
