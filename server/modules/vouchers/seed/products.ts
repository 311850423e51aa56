// Phase 2: the service products admitted providers publish (the demo provider one of each category), and for each
// scheme the products it may pay for, by provider city and category, with how much its firms buy in each city.
import type { Random } from '../../../seed/random'
import type { SeedProvider } from '../../../seed/support/organisations'
import { dayMs, workingMoment } from '../../../seed/support/time'
import type { ServiceCategory } from '../vouchers.reference'
import { serviceProducts, type ProductTemplate } from './catalogue'
import type { VoucherSeed } from './state'
import type { Product, ProductRow, Scheme } from './types'

const { categoryWeightsByProviderKind, templates: productTemplates } = serviceProducts
const demoCategories: readonly ServiceCategory[] = ['testing', 'instrument_time', 'consulting', 'rd_design']

/** The templates a provider publishes: one of each category for the demo provider, one to five for the others. */
function chooseTemplates(random: Random, provider: SeedProvider, isDemo: boolean): ProductTemplate[] {
  if (isDemo) {
    // The demo provider offers one service of each category, so every page of its has something.
    return demoCategories.map((category) =>
      random.pick(productTemplates.filter((template) => template.category === category)),
    )
  }
  const weights = categoryWeightsByProviderKind[provider.kind] ?? categoryWeightsByProviderKind.lab
  const count = random.weightedPick([1, 2, 3, 4, 5], [10, 30, 30, 20, 10])
  const left = [...productTemplates]
  const chosen: ProductTemplate[] = []
  for (let index = 0; index < count && left.length > 0; index++) {
    const template = random.weightedPick(
      left,
      left.map((candidate) => (weights?.[candidate.category] ?? 1) + 0.01),
    )
    chosen.push(template)
    left.splice(left.indexOf(template), 1)
  }
  return chosen
}

function publishProducts(
  seed: VoucherSeed,
  random: Random,
  provider: SeedProvider,
  isDemo: boolean,
): Product[] {
  const chosen = chooseTemplates(random, provider, isDemo)
  // Published before the year began (after the provider's admission when that is older), so that any order of
  // the year can reach them.
  const admittedMs = Date.parse(`${provider.admissionUpdatedOn}T02:00:00Z`)
  const latestMs = seed.startMs - 2 * dayMs
  const fromMs = Math.min(Math.max(seed.startMs - 400 * dayMs, admittedMs + dayMs), latestMs)
  return chosen.map((template, index) => {
    const createdAtMs = Math.min(
      workingMoment(fromMs + Math.floor(random.next() * (latestMs - fromMs))),
      seed.startMs - dayMs,
    )
    const [lowYuan, highYuan] = template.priceYuan
    const steps = Math.floor((highYuan - lowYuan) / template.stepYuan)
    const priceFen = (lowYuan + random.integer(0, steps) * template.stepYuan) * 100
    // A few are withdrawn, never a provider's first: every admitted provider keeps something on offer.
    const withdrawn = !isDemo && index > 0 && random.chance(0.05)
    const row: ProductRow & { id: string; priceFen: number } = {
      id: seed.makeId('sprod', createdAtMs),
      providerId: provider.id,
      providerCityCode: provider.cityCode,
      category: template.category,
      nameZh: template.name.zh,
      nameEn: template.name.en,
      descriptionZh: template.description.zh,
      descriptionEn: template.description.en,
      priceFen,
      priceUnit: template.unit,
      status: withdrawn ? 'withdrawn' : 'published',
      searchText: `${template.name.zh} ${template.name.en}`.toLowerCase(),
      isSynthetic: true,
      createdAt: new Date(createdAtMs),
      updatedAt: new Date(withdrawn ? Math.min(seed.endMs - dayMs, createdAtMs + 200 * dayMs) : createdAtMs),
    }
    seed.out.products.push(row)
    return { row, template, provider, createdAtMs }
  })
}

export function generateProducts(seed: VoucherSeed): Product[] {
  const random = seed.random.fork('products')
  const demoProviderId = seed.input.demoOrganisations.get('provider.sz')
  return seed.input.providers
    .filter((provider) => provider.admissionStatus === 'active')
    .flatMap((provider) => publishProducts(seed, random, provider, provider.id === demoProviderId))
}

/** Each scheme's published products it may pay for, and the weight of each provider city for its firms. */
export function indexProductsBySchemes(schemes: readonly Scheme[], products: readonly Product[]): void {
  for (const scheme of schemes) {
    for (const product of products) {
      if (product.row.status !== 'published') continue
      if (!scheme.definition.recognisedCityCodes.includes(product.provider.cityCode)) continue
      if (!scheme.definition.serviceCategories.includes(product.template.category)) continue
      const byCategory = scheme.productsByCity.get(product.provider.cityCode) ?? new Map()
      byCategory.set(product.template.category, [
        ...(byCategory.get(product.template.category) ?? []),
        product,
      ])
      scheme.productsByCity.set(product.provider.cityCode, byCategory)
    }
    for (const [cityCode, byCategory] of scheme.productsByCity) {
      const count = [...byCategory.values()].reduce((sum, list) => sum + list.length, 0)
      // Firms buy mostly at home, and across the corridor where there is much on offer.
      const home = cityCode === scheme.definition.cityCode ? 7 : 1
      scheme.cityWeights.push({ cityCode, weight: Math.pow(count, 0.7) * home })
    }
  }
}

/** Each provider's products, in the order they were published. */
export function productsByProvider(products: readonly Product[]): Map<string, Product[]> {
  const byProvider = new Map<string, Product[]>()
  for (const product of products) {
    const list = byProvider.get(product.provider.id) ?? []
    list.push(product)
    byProvider.set(product.provider.id, list)
  }
  return byProvider
}
