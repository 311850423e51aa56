// The finance module's vocabulary: product types, the 18 indicators of the innovation-points method (创新积分制)
// in their three groups, and the workflows' statuses, each with the names users see.

export const productTypes = [
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
] as const
export type ProductType = (typeof productTypes)[number]
/** the types priced by a rate over the loan prime rate */
export const lendingTypes: readonly ProductType[] = ['credit_loan', 'ip_pledge_loan']

export const firmStages = ['start_up', 'growth', 'mature'] as const
export type FirmStage = (typeof firmStages)[number]

export const indicatorGroups = ['technical_innovation', 'growth_operations', 'auxiliary'] as const
export type IndicatorGroup = (typeof indicatorGroups)[number]

export const indicatorUnits = ['fen', 'percent', 'count'] as const
export type IndicatorUnit = (typeof indicatorUnits)[number]

export interface IndicatorDefinition {
  code: string
  group: IndicatorGroup
  unit: IndicatorUnit
  nameZh: string
  nameEn: string
}

/** The national method's 18 indicators. */
export const indicators = [
  { code: 'rd_spend', group: 'technical_innovation', unit: 'fen', nameZh: '研发费用', nameEn: 'R&D spend' },
  {
    code: 'rd_growth',
    group: 'technical_innovation',
    unit: 'percent',
    nameZh: '研发费用增长率',
    nameEn: 'R&D growth',
  },
  {
    code: 'rd_intensity',
    group: 'technical_innovation',
    unit: 'percent',
    nameZh: '研发费用占营业收入比例',
    nameEn: 'R&D as a share of revenue',
  },
  {
    code: 'st_staff_share',
    group: 'technical_innovation',
    unit: 'percent',
    nameZh: '科技人员占比',
    nameEn: 'Share of S&T staff',
  },
  {
    code: 'invention_patents',
    group: 'technical_innovation',
    unit: 'count',
    nameZh: '主营业务发明专利申请数',
    nameEn: 'Invention patent applications in the main business',
  },
  {
    code: 'pct_applications',
    group: 'technical_innovation',
    unit: 'count',
    nameZh: 'PCT 专利申请数',
    nameEn: 'PCT applications',
  },
  {
    code: 'tech_contract_turnover',
    group: 'technical_innovation',
    unit: 'fen',
    nameZh: '技术合同成交额',
    nameEn: 'Technology-contract turnover',
  },
  {
    code: 'high_tech_revenue',
    group: 'growth_operations',
    unit: 'fen',
    nameZh: '高新技术产品收入',
    nameEn: 'High-tech product revenue',
  },
  { code: 'revenue', group: 'growth_operations', unit: 'fen', nameZh: '营业收入', nameEn: 'Revenue' },
  {
    code: 'revenue_growth',
    group: 'growth_operations',
    unit: 'percent',
    nameZh: '营业收入增长率',
    nameEn: 'Revenue growth',
  },
  {
    code: 'postgraduate_share',
    group: 'growth_operations',
    unit: 'percent',
    nameZh: '研究生学历员工占比',
    nameEn: 'Share of staff with a postgraduate degree',
  },
  {
    code: 'rd_super_deduction',
    group: 'growth_operations',
    unit: 'fen',
    nameZh: '研发费用加计扣除额',
    nameEn: 'R&D super-deduction tax relief',
  },
  {
    code: 'return_on_net_assets',
    group: 'growth_operations',
    unit: 'percent',
    nameZh: '净资产收益率',
    nameEn: 'Return on net assets',
  },
  {
    code: 'graduates_hired',
    group: 'auxiliary',
    unit: 'count',
    nameZh: '吸纳高校毕业生人数',
    nameEn: 'Graduates hired',
  },
  {
    code: 'rd_platforms',
    group: 'auxiliary',
    unit: 'count',
    nameZh: '省级以上研发平台数',
    nameEn: 'Provincial-or-higher R&D platforms',
  },
  {
    code: 'st_awards',
    group: 'auxiliary',
    unit: 'count',
    nameZh: '省级以上科技奖励数',
    nameEn: 'Provincial-or-higher S&T awards',
  },
  {
    code: 'talent_titles',
    group: 'auxiliary',
    unit: 'count',
    nameZh: '高层次人才数',
    nameEn: 'High-level talents',
  },
  {
    code: 'standards_led',
    group: 'auxiliary',
    unit: 'count',
    nameZh: '主导制定标准数',
    nameEn: 'Standards led',
  },
] as const satisfies readonly IndicatorDefinition[]
export type IndicatorCode = (typeof indicators)[number]['code']
export const indicatorCodes: readonly IndicatorCode[] = indicators.map((indicator) => indicator.code)

/** Where an indicator value comes from: the records that make it trustworthy. */
export const indicatorSources = [
  'tax_bureau',
  'statistics_bureau',
  'ip_office',
  'audited_report',
  'self_reported',
] as const
export type IndicatorSource = (typeof indicatorSources)[number]

export const urgencies = ['normal', 'urgent', 'very_urgent'] as const
export const needStatuses = ['open', 'referred', 'closed'] as const
export const referralStatuses = ['referred', 'approved', 'declined', 'drawn', 'withdrawn'] as const
export type ReferralStatus = (typeof referralStatuses)[number]
export const caseStages = ['visit', 'assessment', 'referral', 'decision', 'drawdown', 'closed'] as const
export type CaseStage = (typeof caseStages)[number]
export const productStatuses = ['active', 'withdrawn'] as const

export const productTypeNames: Record<ProductType, { zh: string; en: string }> = {
  credit_loan: { zh: '信用贷款', en: 'credit loan' },
  ip_pledge_loan: { zh: '知识产权质押贷款', en: 'IP-pledge loan' },
  guarantee: { zh: '融资担保', en: 'guarantee' },
  equity_investment: { zh: '股权投资', en: 'equity investment' },
  listing_guidance: { zh: '上市辅导', en: 'listing guidance' },
  insurance: { zh: '科技保险', en: 'insurance' },
  legal_service: { zh: '法律服务', en: 'legal services' },
  accounting_service: { zh: '财务会计服务', en: 'accounting services' },
  ip_service: { zh: '知识产权服务', en: 'IP services' },
  hr_service: { zh: '人力资源服务', en: 'HR services' },
}
