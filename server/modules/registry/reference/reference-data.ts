// Reference data that must agree with corridor-facts.json: the nine cities and the industry taxonomies.
// It is loaded (idempotently) on every start, in demo and production mode alike.
import facts from './corridor-facts.json'

export interface CityReference {
  code: string
  nameZh: string
  nameEn: string
  provinceZh: string
  provinceEn: string
  latitude: number
  longitude: number
  roleZh: string
  roleEn: string
}

const roleZhByCode: Record<string, string> = {
  'SH-SJ': '龙头枢纽：国际开放、法治保障、科技、金融与人才；土地与产业空间紧张；先进集成电路',
  SZ: '制造业雄厚多元；苏州工业园区担任园区联盟理事长单位；半导体封装与测试',
  HZ: '互联网枢纽；半导体材料与设计',
  JX: '特色产业，土地与人力成本较低；科创金融改革试点城市',
  HUZ: '特色产业，土地与人力成本较低',
  JH: '特色产业，土地与人力成本较低',
  HF: '领先的科学城，地价较低；科技金融试点，设有评估企业并对接金融的工作站',
  WH: '特色产业，土地与人力成本较低',
  XC: '特色产业，土地与人力成本较低',
}

export const cityReferences: CityReference[] = facts.cities.map((city) => ({
  code: city.code,
  nameZh: city.name_zh,
  nameEn: city.name_en,
  provinceZh: city.province_zh,
  provinceEn: city.province_en,
  latitude: city.lat,
  longitude: city.lon,
  roleZh: roleZhByCode[city.code] ?? city.role,
  roleEn: city.role,
}))

export const cityCodes = cityReferences.map((city) => city.code)

export interface IndustryReference {
  code: string
  nameZh: string
  nameEn: string
  taxonomy: '6+X' | 'alliance_key'
}

/** In the order of corridor-facts.json industries_6_plus_x and alliance_key_industries_7. */
export const industryReferences: IndustryReference[] = [
  { code: 'ai', nameZh: '人工智能', nameEn: 'artificial intelligence', taxonomy: '6+X' },
  { code: 'biopharma', nameZh: '生物医药', nameEn: 'bio-pharmaceuticals', taxonomy: '6+X' },
  { code: 'ic', nameZh: '集成电路', nameEn: 'integrated circuits', taxonomy: '6+X' },
  { code: 'new_materials', nameZh: '新材料', nameEn: 'new materials', taxonomy: '6+X' },
  { code: 'new_energy', nameZh: '新能源', nameEn: 'new energy', taxonomy: '6+X' },
  { code: 'smart_security', nameZh: '智能安防', nameEn: 'smart security', taxonomy: '6+X' },
  { code: 'satellite_internet', nameZh: '卫星互联网', nameEn: 'satellite internet', taxonomy: '6+X' },
  {
    code: 'it_innovation',
    nameZh: '信息技术应用创新',
    nameEn: 'information technology application innovation',
    taxonomy: '6+X',
  },
  { code: 'future_tech', nameZh: 'X：未来产业', nameEn: 'X: future technologies', taxonomy: '6+X' },
  {
    code: 'key_semiconductors',
    nameZh: '半导体/集成电路',
    nameEn: 'semiconductors / integrated circuits',
    taxonomy: 'alliance_key',
  },
  { code: 'key_ai', nameZh: '人工智能', nameEn: 'artificial intelligence', taxonomy: 'alliance_key' },
  { code: 'key_biomedicine', nameZh: '生物医药', nameEn: 'biomedicine', taxonomy: 'alliance_key' },
  {
    code: 'key_high_end_equipment',
    nameZh: '高端装备',
    nameEn: 'high-end equipment',
    taxonomy: 'alliance_key',
  },
  { code: 'key_new_energy', nameZh: '新能源', nameEn: 'new energy', taxonomy: 'alliance_key' },
  { code: 'key_new_materials', nameZh: '新材料', nameEn: 'new materials', taxonomy: 'alliance_key' },
  {
    code: 'key_new_energy_vehicles',
    nameZh: '新能源汽车',
    nameEn: 'new energy vehicles',
    taxonomy: 'alliance_key',
  },
]

export const institutionKinds = [
  'bank',
  'broker',
  'fund',
  'insurer',
  'accounting_firm',
  'law_firm',
  'guarantee_company',
  'ip_agency',
  'hr_firm',
  'investment_firm',
] as const

export const providerKinds = ['lab', 'test_centre', 'university', 'research_institute'] as const
export const admissionStatuses = [
  'self_evaluation',
  'credit_check',
  'public_notice',
  'active',
  'suspended',
  'blacklisted',
] as const
export const firmStages = ['start_up', 'growth', 'mature'] as const
export const firmSizes = ['micro', 'small', 'medium', 'large'] as const
export const parkLevels = ['national', 'provincial', 'municipal'] as const
export const allianceTiers = ['overall', 'key_industry', 'sub'] as const

export const referenceFigures = {
  cities: facts.cities.length,
  foundingParkMembers: facts.park_alliance_1_7_N.founding_park_members,
  industrialAlliances: facts.park_alliance_1_7_N.industrial_alliances,
  demonstrationParks: facts.park_alliance_1_7_N.cooperation_demo_parks,
  leadingFirms: facts.park_alliance_1_7_N.leading_firms_2020,
  highTechFirms: facts.indicators.high_tech_firms,
  financialInstitutions: facts.financial_services_alliance.member_institutions,
} as const
