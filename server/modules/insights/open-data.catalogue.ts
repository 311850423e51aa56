// The open data sets: what each holds, under which licence, how often it changes, each column documented, and the
// filters it honours. Only public facts: a firm's own figures, referrals and anything consent-gated never appear
// (open-data.test.ts checks every column of every set against this list and the files against private values).
import type { ColumnKind } from '../../platform/export'

export const openDataFilters = ['city', 'industry', 'period', 'kind', 'scope'] as const
export type OpenDataFilter = (typeof openDataFilters)[number]

export interface OpenDataColumn {
  name: string
  kind: ColumnKind
  decimals?: number
  descriptionZh: string
  descriptionEn: string
}

export interface OpenDataSet {
  id: string
  titleZh: string
  titleEn: string
  descriptionZh: string
  descriptionEn: string
  frequency: 'daily' | 'monthly' | 'yearly' | 'on_change'
  filters: readonly OpenDataFilter[]
  columns: readonly OpenDataColumn[]
}

export const openDataLicence = {
  code: 'CC-BY-4.0',
  nameZh: '知识共享署名 4.0 国际许可协议',
  nameEn: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
}

const column = (
  name: string,
  kind: ColumnKind,
  descriptionZh: string,
  descriptionEn: string,
  decimals?: number,
) =>
  ({
    name,
    kind,
    descriptionZh,
    descriptionEn,
    ...(decimals === undefined ? {} : { decimals }),
  }) satisfies OpenDataColumn

const cityColumn = (name: string, zh: string, en: string) =>
  column(name, 'text', `${zh}（城市代码）`, `${en} (city code)`)
const synthetic = column(
  'is_synthetic',
  'text',
  '是否为演示用合成数据（yes/no）',
  'Whether the row is synthetic demo data (yes/no)',
)

export const openDataSets = [
  {
    id: 'registry-firms',
    titleZh: '科技企业名录',
    titleEn: 'Technology firms',
    descriptionZh:
      '九城登记的科技企业：统一社会信用代码、名称、城市、产业、高新技术企业认定与成立日期。不含营收、研发投入等企业自报数据。',
    descriptionEn:
      'The technology firms registered in the nine cities: credit code, name, city, industry, high-tech certification and founding day. No reported figures such as revenue or research spending.',
    frequency: 'daily',
    filters: ['city', 'industry'],
    columns: [
      column('credit_code', 'text', '统一社会信用代码', 'Unified social credit code'),
      column('name_zh', 'text', '企业名称（中文）', 'Name in Chinese'),
      column('name_en', 'text', '企业名称（英文）', 'Name in English'),
      cityColumn('city_code', '所在城市', 'City'),
      column('industry_code', 'text', '产业（6+X 代码）', 'Industry (6+X code)'),
      column('is_high_tech', 'text', '是否高新技术企业（yes/no）', 'Certified high-tech firm (yes/no)'),
      column('high_tech_certified_on', 'date', '高新技术企业认定日期', 'Day of high-tech certification'),
      column('founded_on', 'date', '成立日期', 'Day founded'),
      synthetic,
    ],
  },
  {
    id: 'service-catalogue',
    titleZh: '一网通办服务事项目录',
    titleEn: 'One-stop service catalogue',
    descriptionZh: '可跨城办理的政务服务事项：主管城市与部门、办理方式、法定与承诺时限（工作日）、收费。',
    descriptionEn:
      'Government services that can be applied for across cities: competent city and department, mode, statutory and promised time limits (working days), fee.',
    frequency: 'on_change',
    filters: ['city'],
    columns: [
      column('code', 'text', '事项编码', 'Item code'),
      column('name_zh', 'text', '事项名称（中文）', 'Name in Chinese'),
      column('name_en', 'text', '事项名称（英文）', 'Name in English'),
      column('category', 'text', '类别', 'Category'),
      cityColumn('competent_city_code', '主管城市', 'Competent city'),
      column('department_code', 'text', '主管部门代码', 'Competent department code'),
      column('mode', 'text', '办理方式', 'Mode of handling'),
      column('statutory_days', 'integer', '法定时限（工作日）', 'Statutory time limit (working days)'),
      column('promised_days', 'integer', '承诺时限（工作日）', 'Promised time limit (working days)'),
      column('fee_yuan', 'yuan', '收费（元）', 'Fee (yuan)'),
      column('licence_name_zh', 'text', '所发证照（中文）', 'Licence issued, in Chinese'),
    ],
  },
  {
    id: 'instruments',
    titleZh: '大型科学仪器共享目录',
    titleEn: 'Shared scientific instruments',
    descriptionZh:
      '九城开放共享的大型科学仪器：名称、型号、厂商、所属单位与城市、原值、对外收费标准。不含联系人信息。',
    descriptionEn:
      'Large scientific instruments shared across the nine cities: name, model, maker, owner and city, original value, external price. No contact details.',
    frequency: 'daily',
    filters: ['city'],
    columns: [
      column('name_zh', 'text', '仪器名称（中文）', 'Name in Chinese'),
      column('name_en', 'text', '仪器名称（英文）', 'Name in English'),
      column('model', 'text', '型号', 'Model'),
      column('maker', 'text', '生产厂商', 'Maker'),
      column('category', 'text', '类别', 'Category'),
      column('owner_name_zh', 'text', '所属单位', 'Owner'),
      cityColumn('city_code', '所在城市', 'City'),
      column('original_value_yuan', 'yuan', '原值（元）', 'Original value (yuan)'),
      column(
        'external_price_yuan',
        'yuan',
        '对外收费（元/计价单位）',
        'External price (yuan per price unit)',
      ),
      column('price_unit', 'text', '计价单位', 'Price unit'),
      column('status', 'text', '状态', 'Status'),
    ],
  },
  {
    id: 'policy-items',
    titleZh: '惠企政策事项清单',
    titleEn: 'Policy items',
    descriptionZh:
      '九城与联席办发布的政策事项：文号、类别、兑现方式（免申即享、即申即享、常规申报）、预算与有效期。',
    descriptionEn:
      'Policy items of the nine cities and the joint office: document number, category, payout mode (automatic, fast application, standard), budget and validity.',
    frequency: 'on_change',
    filters: ['city'],
    columns: [
      column('code', 'text', '事项编码', 'Item code'),
      column('policy_code', 'text', '政策编码', 'Policy code'),
      column('document_number', 'text', '文号', 'Document number'),
      column('issuer_code', 'text', '发布方（城市代码或 G60）', 'Issuer (city code or G60)'),
      cityColumn('city_code', '兑现城市', 'Paying city'),
      column('title_zh', 'text', '事项名称（中文）', 'Title in Chinese'),
      column('title_en', 'text', '事项名称（英文）', 'Title in English'),
      column('category', 'text', '类别', 'Category'),
      column('payout_mode', 'text', '兑现方式', 'Payout mode'),
      column(
        'promise_working_days',
        'integer',
        '承诺兑现时限（工作日）',
        'Promised days to payment (working days)',
      ),
      column('budget_yuan', 'yuan', '预算（元）', 'Budget (yuan)'),
      column('valid_from', 'date', '生效日期', 'Valid from'),
      column('valid_until', 'date', '失效日期', 'Valid until'),
    ],
  },
  {
    id: 'flows',
    titleZh: '跨城流动月度矩阵',
    titleEn: 'Monthly cross-city flows',
    descriptionZh:
      '每月各类活动从一城到另一城的合计：创新券金额（发券城市→服务机构城市）、仪器使用时长（使用方城市→仪器所在城市）、受理办件（受理窗口→主管城市）、放款（机构城市→企业城市）、奖补（兑现城市→企业城市）。笔数少于 3 笔的金额单元格不公开。',
    descriptionEn:
      'Each month, the total of each kind of activity from one city to another: voucher money (issuing city → provider city), instrument hours (user city → owner city), cases (receiving window → competent city), credit drawn (institution city → firm city), awards paid (paying city → firm city). Money cells of fewer than 3 records are suppressed.',
    frequency: 'daily',
    filters: ['period', 'kind', 'city'],
    columns: [
      column('month', 'date', '月份（当月 1 日）', 'Month (its first day)'),
      column(
        'kind',
        'text',
        '类型：voucher、instrument、case、credit、award',
        'Kind: voucher, instrument, case, credit, award',
      ),
      cityColumn('from_city_code', '来源城市', 'From city'),
      cityColumn('to_city_code', '去向城市', 'To city'),
      column(
        'amount_yuan',
        'yuan',
        '金额（元；金额类，少于 3 笔时为空）',
        'Amount (yuan; money kinds, empty below 3 records)',
      ),
      column(
        'quantity',
        'decimal',
        '数量（仪器为小时，办件为件）',
        'Quantity (hours of instruments, cases)',
        2,
      ),
      column('records', 'integer', '笔数', 'Number of records'),
    ],
  },
  {
    id: 'integration-index',
    titleZh: '一体化指数',
    titleEn: 'Integration index',
    descriptionZh:
      '九城与走廊整体每月的一体化指数（基期 = 100）及各类活动的跨城占比；指数可由本数据集与流动矩阵复算。',
    descriptionEn:
      'The monthly integration index (base month = 100) of each city and the corridor, with each kind’s cross-city share; it can be recomputed from this set and the flows.',
    frequency: 'daily',
    filters: ['period', 'scope'],
    columns: [
      column(
        'scope',
        'text',
        '范围（G60 为走廊整体，其余为城市代码）',
        'Scope (G60 for the corridor, else a city code)',
      ),
      column('month', 'date', '月份（当月 1 日）', 'Month (its first day)'),
      column('index_value', 'decimal', '一体化指数（基期 = 100）', 'Integration index (base month = 100)', 2),
      column('weights_effective_from', 'date', '所用权重版本的生效日期', 'Effective day of the weights used'),
      column('base_month', 'date', '基期月份', 'Base month'),
      column('voucher_share', 'percent', '创新券金额跨城占比', 'Cross-city share of voucher money', 2),
      column('instrument_share', 'percent', '仪器时长跨城占比', 'Cross-city share of instrument hours', 2),
      column('case_share', 'percent', '办件跨城占比', 'Cross-city share of cases', 2),
      column('credit_share', 'percent', '放款跨城占比', 'Cross-city share of credit', 2),
      column('award_share', 'percent', '奖补跨城占比', 'Cross-city share of awards', 2),
    ],
  },
  {
    id: 'indicators',
    titleZh: '走廊发展指标',
    titleEn: 'Corridor indicators',
    descriptionZh: '研发投入强度、高新技术企业数、GDP 占全国比重等指标的历年数值，含目标值、来源与发布日期。',
    descriptionEn:
      'Yearly values of R&D intensity, high-tech firms, share of national GDP and other indicators, with target, source and publication day.',
    frequency: 'yearly',
    filters: ['scope'],
    columns: [
      column('indicator_code', 'text', '指标代码', 'Indicator code'),
      column('name_zh', 'text', '指标名称（中文）', 'Name in Chinese'),
      column('name_en', 'text', '指标名称（英文）', 'Name in English'),
      column('unit_zh', 'text', '单位', 'Unit'),
      column('scope', 'text', '范围（G60 或城市代码）', 'Scope (G60 or a city code)'),
      column('period_end', 'date', '统计期末', 'End of the period'),
      column('value', 'decimal', '数值', 'Value', 2),
      column('target', 'decimal', '目标值', 'Target', 2),
      column('source', 'text', '来源', 'Source'),
      column('published_on', 'date', '发布日期', 'Day published'),
    ],
  },
  {
    id: 'fund-portfolio',
    titleZh: 'G60 基金投资组合（产业 × 城市）',
    titleEn: 'G60 fund portfolio (industry × city)',
    descriptionZh: 'G60 科创走廊基金按七大新兴产业与城市汇总的投资笔数与金额。',
    descriptionEn:
      'The G60 fund’s investments summed by the seven new industries and city: count and amount.',
    frequency: 'on_change',
    filters: ['city', 'industry'],
    columns: [
      column('industry', 'text', '产业', 'Industry'),
      cityColumn('city_code', '城市', 'City'),
      column('investments', 'integer', '投资笔数', 'Investments'),
      column('amount_yuan', 'yuan', '投资金额（元）', 'Amount invested (yuan)'),
      column('exits', 'integer', '已退出笔数', 'Exits'),
    ],
  },
] as const satisfies readonly OpenDataSet[]

export type OpenDataSetId = (typeof openDataSets)[number]['id']
