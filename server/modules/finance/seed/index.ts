// The finance module's seed: what server/seed uses to generate and insert the demo corridor's tech finance.
export { generateFinanceData } from './generate'
export { insertFinanceData, type FinanceSeedSummary } from './insert'
export type { FinanceDemoData, FinanceFigures, FinanceGeneratorInput } from './types'
