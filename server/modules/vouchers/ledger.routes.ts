// Routes of the ledger: the check of every invariant.
import { get, type Route } from '../../platform/http/routes'
import type { LedgerService } from './ledger.service'
import * as schemas from './vouchers.schemas'

export function ledgerRoutes(ledger: LedgerService): Route[] {
  return [
    get(
      '/api/voucher-ledger/verification',
      {
        operationId: 'verifyVoucherLedger',
        summary: 'Check every ledger invariant and name the first violation (the corridor office)',
        description:
          "The corridor office only: checks that the double-entry ledger balances and every voucher's money adds up.",
        ok: schemas.LedgerVerificationSchema,
      },
      async (request) => ledger.verify(request.principal),
    ),
  ]
}
