// The vouchers module's seed: what server/seed uses to generate and insert a year of demo voucher activity.
export { generateVoucherData } from './generate'
export { insertVoucherData, type VoucherSeedSummary } from './insert'
export type { VoucherDemoData, VoucherFigures, VoucherGeneratorInput } from './types'
