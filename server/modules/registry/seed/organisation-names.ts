// Names of synthetic financial institutions (中国工商银行合肥分行 / ICBC Hefei Branch) and service providers (a key
// laboratory, a test centre, a university's school, a research institute), per kind and city.
import { cityFacts, cityFactsList, type CityFacts } from '../../../seed/catalogue'
import type { Bilingual } from '../../../platform/data-file'
import type { Random } from '../../../seed/random'
import type { institutionKinds, providerKinds } from '../reference/reference-data'
import { institutionNaming, providerNaming } from './catalogue'
import { tradeName, type BilingualName } from './names'

const { bankBrands, brokerBrands, insurerBrands, accountingBrands, lawBrands, fundWords } = institutionNaming
const { researchFields, universitySchools } = providerNaming

export type InstitutionKind = (typeof institutionKinds)[number]

function joined(zhParts: readonly string[], enParts: readonly string[]): BilingualName {
  return { nameZh: zhParts.join(''), nameEn: enParts.filter((part) => part !== '').join(' ') }
}

interface Naming {
  random: Random
  city: CityFacts
  place: Bilingual
  trade: Bilingual
  /** which of a kind's name patterns */
  style: number
}

type FinancialKind = Extract<InstitutionKind, 'bank' | 'broker' | 'fund' | 'insurer'>
const isFinancialKind = (kind: InstitutionKind): kind is FinancialKind =>
  kind === 'bank' || kind === 'broker' || kind === 'fund' || kind === 'insurer'

/** Banks, brokers and insurers name branches after their brand and the city; funds after a trade name. */
function financialName({ random, city, place, trade, style }: Naming, kind: FinancialKind): BilingualName {
  switch (kind) {
    case 'bank': {
      const bank = random.pick(bankBrands)
      if (style === 0) return joined([bank.zh, city.branch.zh, '分行'], [bank.en, city.branch.en, 'Branch'])
      if (style === 1)
        return joined([bank.zh, city.branch.zh, '科技支行'], [bank.en, city.branch.en, 'Sci-Tech Sub-branch'])
      return joined(
        [bank.zh, city.company.zh, place.zh, '支行'],
        [bank.en, city.company.en, place.en, 'Sub-branch'],
      )
    }
    case 'broker': {
      const broker = random.pick(brokerBrands)
      if (style === 0)
        return joined([broker.zh, city.branch.zh, '分公司'], [broker.en, city.branch.en, 'Branch'])
      return joined(
        [broker.zh, city.company.zh, place.zh, '证券营业部'],
        [broker.en, city.company.en, place.en, 'Securities Office'],
      )
    }
    case 'fund': {
      const word = random.pick(fundWords)
      return joined(
        [city.company.zh, trade.zh, word.zh, '基金管理有限公司'],
        [city.company.en, trade.en, word.en, 'Fund Management Co., Ltd.'],
      )
    }
    case 'insurer': {
      const insurer = random.pick(insurerBrands)
      if (style === 0)
        return joined([insurer.zh, city.branch.zh, '分公司'], [insurer.en, city.branch.en, 'Branch'])
      return joined(
        [insurer.zh, city.company.zh, place.zh, '支公司'],
        [insurer.en, city.company.en, place.en, 'Sub-branch'],
      )
    }
  }
}

/** Service firms: a brand's branch or a local firm with a trade name. */
function serviceFirmName(
  { random, city, trade, style }: Naming,
  kind: Exclude<InstitutionKind, FinancialKind>,
): BilingualName {
  switch (kind) {
    case 'accounting_firm': {
      if (style === 0) {
        return joined(
          [city.company.zh, trade.zh, '会计师事务所有限公司'],
          [city.company.en, trade.en, 'Certified Public Accountants Co., Ltd.'],
        )
      }
      const brand = random.pick(accountingBrands)
      return joined([brand.zh, city.branch.zh, '分所'], [brand.en, city.branch.en, 'Branch'])
    }
    case 'law_firm': {
      if (style === 0) {
        return joined([city.province.zh, trade.zh, '律师事务所'], [city.province.en, trade.en, 'Law Firm'])
      }
      const brand = random.pick(lawBrands)
      return joined(
        [brand.zh, '（', city.branch.zh, '）律师事务所'],
        [brand.en, `Law Offices (${city.branch.en})`],
      )
    }
    case 'guarantee_company':
      if (style === 0) {
        return joined(
          [city.branch.zh, '科技融资担保有限公司'],
          [city.branch.en, 'Sci-Tech Financing Guarantee Co., Ltd.'],
        )
      }
      return joined(
        [city.company.zh, trade.zh, '融资担保有限公司'],
        [city.company.en, trade.en, 'Financing Guarantee Co., Ltd.'],
      )
    case 'ip_agency':
      if (style === 0) {
        return joined(
          [city.company.zh, trade.zh, '专利代理事务所（普通合伙）'],
          [city.company.en, trade.en, 'Patent Agency (General Partnership)'],
        )
      }
      return joined(
        [city.company.zh, trade.zh, '知识产权代理有限公司'],
        [city.company.en, trade.en, 'Intellectual Property Agency Co., Ltd.'],
      )
    case 'hr_firm':
      if (style === 0) {
        return joined(
          [city.company.zh, trade.zh, '人才服务有限公司'],
          [city.company.en, trade.en, 'Talent Services Co., Ltd.'],
        )
      }
      return joined(
        [city.company.zh, trade.zh, '人力资源有限公司'],
        [city.company.en, trade.en, 'Human Resources Co., Ltd.'],
      )
    case 'investment_firm':
      if (style === 0) {
        return joined(
          [city.company.zh, trade.zh, '创业投资有限公司'],
          [city.company.en, trade.en, 'Venture Capital Co., Ltd.'],
        )
      }
      return joined(
        [city.company.zh, trade.zh, '投资管理有限公司'],
        [city.company.en, trade.en, 'Investment Management Co., Ltd.'],
      )
  }
}

/** A name such as 中国工商银行合肥分行 / ICBC Hefei Branch, per kind of institution. */
export function institutionName(random: Random, kind: InstitutionKind, cityCode: string): BilingualName {
  const city = cityFacts(cityCode)
  const naming: Naming = {
    random,
    city,
    place: random.pick(city.places),
    trade: tradeName(random),
    style: random.integer(0, 2),
  }
  return isFinancialKind(kind) ? financialName(naming, kind) : serviceFirmName(naming, kind)
}

export type ProviderKind = (typeof providerKinds)[number]

export interface ProviderNaming extends BilingualName {
  /** public institutions (事业单位) carry credit codes starting 12, companies 91 */
  isPublicInstitution: boolean
}

/** Universities of the other cities, for the research institutes that universities set up away from home. */
function universitiesElsewhere(cityCode: string): Bilingual[] {
  return cityFactsList.filter((city) => city.cityCode !== cityCode).flatMap((city) => city.universities)
}

interface ProviderParts {
  random: Random
  city: CityFacts
  cityCode: string
  field: Bilingual
  trade: Bilingual
  style: number
}

const named = (name: BilingualName, isPublicInstitution: boolean): ProviderNaming => ({
  ...name,
  isPublicInstitution,
})

/** A key or innovation laboratory, a national or city test centre, or a laboratory or testing company. */
function labName({ city, field, trade, style }: ProviderParts, kind: 'lab' | 'test_centre'): ProviderNaming {
  switch (kind) {
    case 'lab':
      if (style === 0) {
        return named(
          joined(
            [city.province.zh, field.zh, '重点实验室'],
            [city.province.en, 'Key Laboratory of', field.en],
          ),
          true,
        )
      }
      if (style === 1) {
        return named(
          joined(
            [city.company.zh, field.zh, '创新实验室'],
            [city.company.en, field.en, 'Innovation Laboratory'],
          ),
          true,
        )
      }
      return named(
        joined(
          [city.company.zh, trade.zh, field.zh, '实验室有限公司'],
          [city.company.en, trade.en, field.en, 'Laboratory Co., Ltd.'],
        ),
        false,
      )
    case 'test_centre':
      if (style === 0) {
        return named(
          joined(
            ['国家', field.zh, '质量检验检测中心（', city.company.zh, '）'],
            ['National', field.en, `Quality Inspection and Testing Centre (${city.company.en})`],
          ),
          true,
        )
      }
      if (style === 1) {
        return named(
          joined(
            [city.company.zh, '市', field.zh, '检验检测中心'],
            [city.company.en, field.en, 'Inspection and Testing Centre'],
          ),
          true,
        )
      }
      return named(
        joined(
          [city.company.zh, trade.zh, '检测技术有限公司'],
          [city.company.en, trade.en, 'Testing Technology Co., Ltd.'],
        ),
        false,
      )
  }
}

/** A university's school, or a research institute (a city's, a university's away from home, or a company). */
function academicName(
  { random, city, cityCode, field, trade, style }: ProviderParts,
  kind: 'university' | 'research_institute',
): ProviderNaming {
  switch (kind) {
    case 'university': {
      const university = random.pick(city.universities)
      const school = random.pick(universitySchools)
      return named(joined([university.zh, school.zh], [university.en, school.en]), true)
    }
    case 'research_institute':
      if (style === 0) {
        return named(
          joined([city.company.zh, field.zh, '研究院'], [city.company.en, 'Institute of', field.en]),
          true,
        )
      }
      if (style === 1) {
        const university = random.pick(universitiesElsewhere(cityCode))
        return named(
          joined(
            [university.zh, city.company.zh, '研究院'],
            [university.en, city.company.en, 'Research Institute'],
          ),
          true,
        )
      }
      return named(
        joined(
          [city.company.zh, trade.zh, field.zh, '研究院有限公司'],
          [city.company.en, trade.en, field.en, 'Research Institute Co., Ltd.'],
        ),
        false,
      )
  }
}

export function providerName(random: Random, kind: ProviderKind, cityCode: string): ProviderNaming {
  const city = cityFacts(cityCode)
  const parts: ProviderParts = {
    random,
    city,
    cityCode,
    field: random.pick(researchFields),
    trade: tradeName(random),
    style: random.integer(0, 2),
  }
  return kind === 'lab' || kind === 'test_centre' ? labName(parts, kind) : academicName(parts, kind)
}
