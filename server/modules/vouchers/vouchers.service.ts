// Reading vouchers: a holder its own, an officer its city's, the corridor office all; and each voucher's
// ledger entries, so every fen of it can be traced.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError, orRefuse } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import * as ledger from './ledger.repository'
import { isValidVoucherNumber, normaliseVoucherNumber } from './rules'
import { listScopeOf, voucherPolicies as policies } from './vouchers.policies'
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
    return pageById(query, (after, limit) =>
      repository.listVouchers(db, { ...scope, schemeId: query.scheme, status: query.status }, after, limit),
    )
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

  return { getVoucher, getVoucherByNumber, listVouchers, listLedgerEntries }
}

export type VouchersService = ReturnType<typeof createVouchersService>
