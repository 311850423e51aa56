// The finance API's enumerations as lists for filters and forms, each checked against the generated types: a value
// the server adds makes this file fail to compile until it is listed (and translated under `finance.enums.*`).
import { everyValueOf } from '../../../shared/ui/enums'
import type {
  CaseStage,
  FinanceStage,
  IndicatorCode,
  IndicatorGroup,
  IndicatorSource,
  NeedStatus,
  ProductStatus,
  ProductType,
  ReferralStatus,
  Urgency,
} from './finance.types'

export const productTypes = everyValueOf<ProductType>()([
  'credit_loan',
  'ip_pledge_loan',
  'guarantee',
  'equity_investment',
  'listing_guidance',
  'insurance',
  'legal_service',
  'accounting_service',
  'ip_service',
  'hr_service',
])
/** the types priced by a rate over the loan prime rate: only they carry a rate cap */
export const lendingTypes: readonly ProductType[] = ['credit_loan', 'ip_pledge_loan']
export const isLending = (type: ProductType) => lendingTypes.includes(type)

export const productStatuses = everyValueOf<ProductStatus>()(['active', 'withdrawn'])
export const financeStages = everyValueOf<FinanceStage>()(['start_up', 'growth', 'mature'])
export const indicatorGroups = everyValueOf<IndicatorGroup>()([
  'technical_innovation',
  'growth_operations',
  'auxiliary',
])
export const indicatorSources = everyValueOf<IndicatorSource>()([
  'tax_bureau',
  'statistics_bureau',
  'ip_office',
  'audited_report',
  'self_reported',
])
export const urgencies = everyValueOf<Urgency>()(['normal', 'urgent', 'very_urgent'])
export const needStatuses = everyValueOf<NeedStatus>()(['open', 'referred', 'closed'])
export const referralStatuses = everyValueOf<ReferralStatus>()([
  'referred',
  'approved',
  'declined',
  'drawn',
  'withdrawn',
])
export const caseStages = everyValueOf<CaseStage>()([
  'visit',
  'assessment',
  'referral',
  'decision',
  'drawdown',
  'closed',
])

export type IndicatorUnit = 'fen' | 'percent' | 'count'

/** The 18 indicators of the innovation-points method in their order, group and unit (names under finance.indicators). */
export const indicatorDefinitions: readonly {
  code: IndicatorCode
  group: IndicatorGroup
  unit: IndicatorUnit
}[] = [
  { code: 'rd_spend', group: 'technical_innovation', unit: 'fen' },
  { code: 'rd_growth', group: 'technical_innovation', unit: 'percent' },
  { code: 'rd_intensity', group: 'technical_innovation', unit: 'percent' },
  { code: 'st_staff_share', group: 'technical_innovation', unit: 'percent' },
  { code: 'invention_patents', group: 'technical_innovation', unit: 'count' },
  { code: 'pct_applications', group: 'technical_innovation', unit: 'count' },
  { code: 'tech_contract_turnover', group: 'technical_innovation', unit: 'fen' },
  { code: 'high_tech_revenue', group: 'growth_operations', unit: 'fen' },
  { code: 'revenue', group: 'growth_operations', unit: 'fen' },
  { code: 'revenue_growth', group: 'growth_operations', unit: 'percent' },
  { code: 'postgraduate_share', group: 'growth_operations', unit: 'percent' },
  { code: 'rd_super_deduction', group: 'growth_operations', unit: 'fen' },
  { code: 'return_on_net_assets', group: 'growth_operations', unit: 'percent' },
  { code: 'graduates_hired', group: 'auxiliary', unit: 'count' },
  { code: 'rd_platforms', group: 'auxiliary', unit: 'count' },
  { code: 'st_awards', group: 'auxiliary', unit: 'count' },
  { code: 'talent_titles', group: 'auxiliary', unit: 'count' },
  { code: 'standards_led', group: 'auxiliary', unit: 'count' },
]

/** every indicator code, once: a code the server adds fails to compile here until it is listed above */
export const indicatorCodes = everyValueOf<IndicatorCode>()([
  'rd_spend',
  'rd_growth',
  'rd_intensity',
  'st_staff_share',
  'invention_patents',
  'pct_applications',
  'tech_contract_turnover',
  'high_tech_revenue',
  'revenue',
  'revenue_growth',
  'postgraduate_share',
  'rd_super_deduction',
  'return_on_net_assets',
  'graduates_hired',
  'rd_platforms',
  'st_awards',
  'talent_titles',
  'standards_led',
])

export const unitOf = (code: string): IndicatorUnit =>
  indicatorDefinitions.find((definition) => definition.code === code)?.unit ?? 'count'

/** The ranking's six components, in the order the matcher weighs them (names under finance.components). */
export const rankingComponents = [
  'amountFit',
  'rate',
  'termFit',
  'scoreMargin',
  'specificity',
  'pastOutcomes',
] as const
export type RankingComponent = (typeof rankingComponents)[number]

/** The hard conditions a product can fail (names under finance.conditions). */
export const conditionCodes = [
  'type',
  'amount_below_minimum',
  'amount_above_maximum',
  'term_out_of_range',
  'city_not_served',
  'stage_not_accepted',
  'industry_not_accepted',
  'score_below_minimum',
  'high_tech_required',
  'tech_sme_required',
] as const
