// The vouchers module's public face: schemes, claims, vouchers, service products, orders, redemptions,
// settlement runs, the clearing report and the ledger.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { groupCommitMetrics } from '../../platform/batching'
import { defineModule } from '../../platform/module'
import { createClaimsService } from './claims.service'
import { createClearingService } from './clearing.service'
import { createLedgerService, verifyLedger } from './ledger.service'
import { createOrdersService } from './orders.service'
import { createProductsService } from './products.service'
import { createRedemptionsService } from './redemptions.service'
import type { RegistryAccess } from './registry-access'
import { createSchemesService } from './schemes.service'
import { createSettlementsService } from './settlements.service'
import { registerVoucherRoutes } from './vouchers.routes'
import { createVouchersService } from './vouchers.service'
import { voucherErrors } from './vouchers.errors'
import { lapseJob } from './expiry.service'

export interface VouchersModuleDependencies {
  /** the registry's organisations service: firms (eligibility, real name) and providers (city) */
  registry: RegistryAccess
}

export function createVouchersModule(db: Database, dependencies: VouchersModuleDependencies) {
  const schemes = createSchemesService(db)
  const products = createProductsService(db, dependencies.registry)
  const claims = createClaimsService(db, dependencies.registry, schemes)
  const vouchers = createVouchersService(db)
  const orders = createOrdersService(db)
  const ledger = createLedgerService(db)
  const redemptions = createRedemptionsService(db)
  const settlements = createSettlementsService(db)
  const clearing = createClearingService(db)
  const services = { schemes, products, claims, vouchers, orders, ledger, redemptions, settlements, clearing }
  return defineModule({
    ...services,
    name: 'vouchers',
    errors: voucherErrors,
    recurringJobs: [lapseJob],
    metrics: groupCommitMetrics('voucher_order', orders.placementStatus),
    close: () => orders.settled(),
    registerRoutes(app: FastifyInstance) {
      registerVoucherRoutes(app, services)
    },
  })
}

export type VouchersModule = ReturnType<typeof createVouchersModule>
export { verifyLedger }
export { ledgerChecks } from './ledger.service'
export type { LedgerVerification, LedgerViolation, LedgerCheck } from './ledger.service'
export { isValidVoucherNumber, formatVoucherNumber } from './rules'
export { reserveOrderForSource, releaseOrderForSource } from './orders.service'
export type { SourcePaymentInput } from './orders.service'
export {
  ensureLedgerAccount,
  lockAccount,
  transfer,
  transferMany,
  transfersPerBatchMax,
} from './ledger.repository'
export type { TransferInput } from './ledger.repository'
