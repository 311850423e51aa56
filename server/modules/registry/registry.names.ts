// The registry's coded values by name in both languages, as its exports show them (the console keeps the same
// names in its own i18n files): stages, sizes, kinds, park levels, admission statuses, and cities by their code.
import { nameIn, type ExportLanguage } from '../../platform/export'
import { cityReferences } from './reference/reference-data'

interface Named {
  nameZh: string
  nameEn: string
}

const cities = new Map(cityReferences.map((city) => [city.code, city]))

export function cityNameOf(code: string, language: ExportLanguage): string {
  return nameIn(language, cities.get(code)) ?? code
}

const names: Record<string, Record<string, Named>> = {
  stage: {
    start_up: { nameZh: '初创期', nameEn: 'Start-up' },
    growth: { nameZh: '成长期', nameEn: 'Growth' },
    mature: { nameZh: '成熟期', nameEn: 'Mature' },
  },
  size: {
    micro: { nameZh: '微型', nameEn: 'Micro' },
    small: { nameZh: '小型', nameEn: 'Small' },
    medium: { nameZh: '中型', nameEn: 'Medium' },
    large: { nameZh: '大型', nameEn: 'Large' },
  },
  institutionKind: {
    bank: { nameZh: '银行', nameEn: 'Bank' },
    broker: { nameZh: '证券公司', nameEn: 'Broker' },
    fund: { nameZh: '基金', nameEn: 'Fund' },
    insurer: { nameZh: '保险公司', nameEn: 'Insurer' },
    accounting_firm: { nameZh: '会计师事务所', nameEn: 'Accounting firm' },
    law_firm: { nameZh: '律师事务所', nameEn: 'Law firm' },
    guarantee_company: { nameZh: '融资担保公司', nameEn: 'Guarantee company' },
    ip_agency: { nameZh: '知识产权代理机构', nameEn: 'IP agency' },
    hr_firm: { nameZh: '人力资源机构', nameEn: 'HR firm' },
    investment_firm: { nameZh: '投资机构', nameEn: 'Investment firm' },
  },
  providerKind: {
    lab: { nameZh: '实验室', nameEn: 'Laboratory' },
    test_centre: { nameZh: '检验检测中心', nameEn: 'Test centre' },
    university: { nameZh: '高校', nameEn: 'University' },
    research_institute: { nameZh: '科研院所', nameEn: 'Research institute' },
  },
  parkLevel: {
    national: { nameZh: '国家级', nameEn: 'National' },
    provincial: { nameZh: '省级', nameEn: 'Provincial' },
    municipal: { nameZh: '市级', nameEn: 'Municipal' },
  },
  memberKind: {
    park: { nameZh: '园区', nameEn: 'Park' },
    firm: { nameZh: '企业', nameEn: 'Firm' },
  },
  admissionStatus: {
    self_evaluation: { nameZh: '自评中', nameEn: 'Self-evaluation' },
    credit_check: { nameZh: '信用核查', nameEn: 'Credit check' },
    public_notice: { nameZh: '公示中', nameEn: 'Public notice' },
    active: { nameZh: '已准入', nameEn: 'Admitted' },
    suspended: { nameZh: '已暂停', nameEn: 'Suspended' },
    blacklisted: { nameZh: '已列入黑名单', nameEn: 'Blacklisted' },
  },
}

export type CodedField =
  'stage' | 'size' | 'institutionKind' | 'providerKind' | 'parkLevel' | 'memberKind' | 'admissionStatus'

/** A coded value's name in the language asked for; the code itself should a new value have no name yet. */
export function codeNameOf(field: CodedField, code: string, language: ExportLanguage): string {
  return nameIn(language, names[field]?.[code]) ?? code
}

/** yes/no in the language asked for. */
export function yesNo(value: boolean, language: ExportLanguage): string {
  if (language === 'zh') return value ? '是' : '否'
  return value ? 'Yes' : 'No'
}
