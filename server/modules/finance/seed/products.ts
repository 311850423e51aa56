// The alliance institutions' products: a few templates of each institution's kind (bank.hz's plain credit loan and
// IP-pledge loan first, open to any firm of the corridor), with the cities served, the industries and stages they
// are for, amounts, terms, rate caps, risk shares and the score they ask for.
import { cityCodes, cityFacts } from '../../../seed/catalogue'
import type { Random } from '../../../seed/random'
import type { SeedInstitution } from '../../../seed/support/organisations'
import { dayMs, workingMoment } from '../../../seed/support/time'
import { searchTextOf } from '../../../db/search'
import { lendingTypes, type ProductType } from '../finance.reference'
import { financeProducts, type FinanceProductTemplate } from './catalogue'
import { round, roundYuan, type FinanceSeed } from './state'
import { withId, type FinanceProductRow, type Product } from './types'

const allTemplates = Object.values(financeProducts.templatesByKind).flat()

function templateNamed(nameZh: string): FinanceProductTemplate {
  const template = allTemplates.find((candidate) => candidate.name.zh === nameZh)
  if (template === undefined) throw new Error(`no product template ${nameZh}`)
  return template
}

interface Publishing {
  seed: FinanceSeed
  random: Random
  industryCodes: readonly string[]
}

/** The cities served: all of them, or the home city and some of its neighbours (and a few beyond). */
function citiesServedBy(random: Random, home: string, everywhere: boolean): string[] {
  if (everywhere || random.chance(0.35)) return [...cityCodes]
  const cluster = cityFacts(home).cluster
  return cityCodes.filter(
    (cityCode) => cityCode === home || random.chance(cityFacts(cityCode).cluster === cluster ? 0.45 : 0.08),
  )
}

function makeProduct(
  { seed, random, industryCodes }: Publishing,
  institution: SeedInstitution,
  template: FinanceProductTemplate,
  isDemoPlain: boolean,
): Product {
  const home = institution.cityCode
  const citiesServed = citiesServedBy(random, home, isDemoPlain)
  const industries =
    !isDemoPlain && random.chance(template.industriesChance)
      ? random.shuffle(industryCodes).slice(0, random.integer(1, 3)).sort()
      : []
  const amountMinYuan = roundYuan(random.integer(...template.amountMinYuan))
  const amountMaxYuan = Math.max(amountMinYuan, roundYuan(random.integer(...template.amountMaxYuan)))
  const isLending = lendingTypes.includes(template.productType)
  const rateCapBps =
    isLending && template.rateCapBps !== undefined ? round(random.integer(...template.rateCapBps), 5) : null
  const riskSharePercent = random.chance(template.riskShareChance)
    ? random.pick([20, 20, 20, 10, 30, 40])
    : null
  const withdrawn = !isDemoPlain && random.chance(0.03)
  const createdAtMs = workingMoment(seed.startMs - random.integer(10, 700) * dayMs)
  const updatedAtMs = withdrawn ? workingMoment(seed.startMs + random.integer(30, 300) * dayMs) : createdAtMs
  const company = cityFacts(home).company
  const prefixed = random.chance(0.4)
  const nameZh = prefixed ? `${company.zh}${template.name.zh}` : template.name.zh
  const nameEn = prefixed ? `${company.en} ${template.name.en}` : template.name.en
  const row = withId<FinanceProductRow & { productType: ProductType }>({
    id: seed.makeId('fprd', createdAtMs),
    institutionId: institution.id,
    cityCode: home,
    productType: template.productType,
    nameZh,
    nameEn,
    descriptionZh: template.descriptionZh,
    amountMinFen: amountMinYuan * 100,
    amountMaxFen: amountMaxYuan * 100,
    rateCapBps: isDemoPlain && isLending ? (template.productType === 'credit_loan' ? 80 : 120) : rateCapBps,
    termMinMonths: template.termMonths[0],
    termMaxMonths: template.termMonths[1],
    citiesServed,
    industries,
    stages: isDemoPlain ? [] : [...template.stages],
    minScoreTenths: isDemoPlain ? 0 : random.pick(template.minScoreTenths),
    requiresHighTech: template.requiresHighTech === true,
    requiresTechSme: !isDemoPlain && random.chance(template.techSmeChance ?? 0),
    riskSharePercent: isDemoPlain ? 20 : riskSharePercent,
    status: withdrawn ? 'withdrawn' : 'active',
    searchText: searchTextOf(nameZh, nameEn, institution.nameZh),
    isSynthetic: true,
    createdAt: new Date(createdAtMs),
    updatedAt: new Date(updatedAtMs),
  })
  seed.out.products.push(row)
  return { row, institution, match: matchTermsOf(row, institution) }
}

/** What the matcher reads of a product. */
function matchTermsOf(row: Product['row'], institution: SeedInstitution): Product['match'] {
  return {
    id: row.id,
    institutionId: institution.id,
    productType: row.productType,
    amountMinFen: row.amountMinFen,
    amountMaxFen: row.amountMaxFen,
    termMinMonths: row.termMinMonths,
    termMaxMonths: row.termMaxMonths,
    rateCapBps: row.rateCapBps ?? null,
    citiesServed: row.citiesServed,
    industries: row.industries,
    stages: row.stages,
    minScoreTenths: row.minScoreTenths ?? 0,
    requiresHighTech: row.requiresHighTech === true,
    requiresTechSme: row.requiresTechSme === true,
  }
}

export function generateProducts(seed: FinanceSeed): Product[] {
  const publishing: Publishing = {
    seed,
    random: seed.random.fork('products'),
    industryCodes: [...new Set(seed.input.firms.map((firm) => firm.industryCode))].sort(),
  }
  const { random } = publishing
  const demoBankId = seed.input.demoOrganisations.get('bank.hz')
  const products: Product[] = []
  for (const institution of seed.input.institutions) {
    const templates = financeProducts.templatesByKind[institution.kind] ?? []
    const [fewest, most] = financeProducts.productCountByKind[institution.kind] ?? [1, 2]
    const count = Math.min(templates.length, random.integer(fewest, most))
    const chosen = random.shuffle(templates).slice(0, count)
    if (institution.id === demoBankId) {
      // bank.hz lends to any firm of the corridor: a plain credit loan and an IP-pledge loan come first.
      const plain = [templateNamed('科创信用贷'), templateNamed('知识产权质押贷')]
      const rest = chosen.filter((template) => !plain.includes(template))
      for (const template of plain) products.push(makeProduct(publishing, institution, template, true))
      for (const template of rest.slice(0, 4))
        products.push(makeProduct(publishing, institution, template, false))
      continue
    }
    for (const template of chosen) products.push(makeProduct(publishing, institution, template, false))
  }
  return products
}

/** The active products of each type. */
export function activeProductsByType(products: readonly Product[]): Map<string, Product[]> {
  const byType = new Map<string, Product[]>()
  for (const product of products) {
    if (product.row.status !== 'active') continue
    const list = byType.get(product.row.productType) ?? []
    list.push(product)
    byType.set(product.row.productType, list)
  }
  return byType
}
