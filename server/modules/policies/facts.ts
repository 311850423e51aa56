// The facts a policy rule can read about a firm: a declared, typed and documented schema. Rules see them as
// `firm.<name>` in CEL; each fact says which module's published view it comes from, so a decision's trace can name
// the source and the day the value describes.

export const factTypes = ['int', 'double', 'bool', 'string', 'list<string>'] as const
export type FactType = (typeof factTypes)[number]

export const factSources = ['registry', 'finance', 'vouchers', 'instruments', 'licences'] as const
export type FactSource = (typeof factSources)[number]

export interface FactDeclaration {
  type: FactType
  source: FactSource
  nameZh: string
  nameEn: string
  /** the unit a number is counted in, for people reading a rule (fen, percent, minutes, years…) */
  unit?: 'fen' | 'percent' | 'minutes' | 'years' | 'count' | 'year' | 'points'
  /** for list facts: the longest list a firm can have, which bounds what a rule's loops over it can cost */
  itemsMax?: number
}

/** Every fact, in the order the calculator shows them. */
export const factDeclarations = {
  cityCode: { type: 'string', source: 'registry', nameZh: '所在城市', nameEn: 'City' },
  parkId: {
    type: 'string',
    source: 'registry',
    nameZh: '所在园区（无则为空）',
    nameEn: 'Park id (empty if none)',
  },
  industryCode: { type: 'string', source: 'registry', nameZh: '所属行业', nameEn: 'Industry' },
  size: {
    type: 'string',
    source: 'registry',
    nameZh: '企业规模',
    nameEn: 'Size (micro, small, medium, large)',
  },
  stage: {
    type: 'string',
    source: 'registry',
    nameZh: '发展阶段',
    nameEn: 'Stage (start_up, growth, mature)',
  },
  isHighTech: { type: 'bool', source: 'registry', nameZh: '高新技术企业', nameEn: 'High-tech enterprise' },
  highTechCertifiedYear: {
    type: 'int',
    source: 'registry',
    unit: 'year',
    nameZh: '高企认定年份（未认定为0）',
    nameEn: 'Year certified high-tech (0 if never)',
  },
  isLeading: { type: 'bool', source: 'registry', nameZh: '龙头企业', nameEn: 'Leading firm' },
  isTechSme: { type: 'bool', source: 'registry', nameZh: '科技型中小企业', nameEn: 'Tech SME' },
  ageYears: {
    type: 'int',
    source: 'registry',
    unit: 'years',
    nameZh: '成立年限',
    nameEn: 'Years since founding',
  },
  staffCount: { type: 'int', source: 'registry', unit: 'count', nameZh: '职工人数', nameEn: 'Staff' },
  revenueFen: { type: 'int', source: 'registry', unit: 'fen', nameZh: '营业收入', nameEn: 'Revenue' },
  researchSpendFen: { type: 'int', source: 'registry', unit: 'fen', nameZh: '研发费用', nameEn: 'R&D spend' },
  rdIntensityPercent: {
    type: 'double',
    source: 'registry',
    unit: 'percent',
    nameZh: '研发投入强度',
    nameEn: 'R&D intensity',
  },
  allianceIndustryCodes: {
    type: 'list<string>',
    source: 'registry',
    itemsMax: 16,
    nameZh: '所在产业联盟（行业代码）',
    nameEn: 'Industry alliances joined (industry codes)',
  },
  innovationPoints: {
    type: 'double',
    source: 'finance',
    unit: 'points',
    nameZh: '创新积分',
    nameEn: 'Innovation points',
  },
  inventionPatents: {
    type: 'int',
    source: 'finance',
    unit: 'count',
    nameZh: '有效发明专利',
    nameEn: 'Invention patents in force',
  },
  techContractTurnoverFen: {
    type: 'int',
    source: 'finance',
    unit: 'fen',
    nameZh: '技术合同成交额',
    nameEn: 'Technology contract turnover',
  },
  graduatesHired: {
    type: 'int',
    source: 'finance',
    unit: 'count',
    nameZh: '当年吸纳高校毕业生',
    nameEn: 'Graduates hired this year',
  },
  firstLoanDrawnFen: {
    type: 'int',
    source: 'finance',
    unit: 'fen',
    nameZh: '近12个月首贷提款额',
    nameEn: 'First loan drawn in the last 12 months',
  },
  voucherSpendFen12m: {
    type: 'int',
    source: 'vouchers',
    unit: 'fen',
    nameZh: '近12个月创新券使用额',
    nameEn: 'Voucher money used in the last 12 months',
  },
  crossCityVoucherOrders12m: {
    type: 'int',
    source: 'vouchers',
    unit: 'count',
    nameZh: '近12个月跨城创新券订单',
    nameEn: 'Cross-city voucher orders in the last 12 months',
  },
  instrumentSpendFen12m: {
    type: 'int',
    source: 'instruments',
    unit: 'fen',
    nameZh: '近12个月大型仪器使用费',
    nameEn: 'Instrument fees paid in the last 12 months',
  },
  instrumentMinutes12m: {
    type: 'int',
    source: 'instruments',
    unit: 'minutes',
    nameZh: '近12个月大型仪器使用时长',
    nameEn: 'Instrument time used in the last 12 months',
  },
  licenceTypes: {
    type: 'list<string>',
    source: 'licences',
    itemsMax: 64,
    nameZh: '持有的有效电子证照类型',
    nameEn: 'Types of valid e-licences held',
  },
} as const satisfies Record<string, FactDeclaration>

export type FactName = keyof typeof factDeclarations
export const factNames = Object.keys(factDeclarations) as FactName[]

type ValueOf<Type extends FactType> = Type extends 'int'
  ? number
  : Type extends 'double'
    ? number
    : Type extends 'bool'
      ? boolean
      : Type extends 'string'
        ? string
        : string[]

/** A firm's facts as plain values (ints are safe integers; CEL sees them as int). */
export type FirmFacts = { [Name in FactName]: ValueOf<(typeof factDeclarations)[Name]['type']> }

/** Where a fact's value came from and the day it describes (a firm's reported figures are as of their report). */
export interface FactProvenance {
  /** the module it was read from, or 'entered' for what a calculator user typed */
  source: FactSource | 'entered'
  /** the view or record it was read from, e.g. registry_firm_facts, or the indicator's reporting body */
  origin: string
  asOf: string
}

export type FirmFactProvenance = Record<FactName, FactProvenance>
