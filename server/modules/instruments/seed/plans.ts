// What the catalogue will hold: the demo provider's instruments first, then each city's share of the network (by
// its owners' weights) drawn owner by owner, each instrument's kind by the owner's kind and the city's specialities;
// and every category at least once.
import type { Random } from '../../../seed/random'
import { cityCodes } from '../../../seed/catalogue'
import { allocate, cumulativePicker } from '../../../seed/support/draws'
import { instrumentCategories, type InstrumentCategory } from '../instruments.reference'
import { instrumentTemplates, type InstrumentTemplate } from './catalogue'
import { ownersByCity, type Owners } from './owners'
import type { InstrumentSeed } from './state'
import type { Plan } from './types'

const categoryBoostByKind: Record<string, Partial<Record<InstrumentCategory, number>>> = {
  university: { medical_research: 1.4, laser: 1.6, computing: 1.5 },
  research_institute: { laser: 1.4, computing: 1.3, process_testing: 1.3 },
  test_centre: {
    metrology: 2,
    special_testing: 2.2,
    physical_property: 1.6,
    medical_research: 0.4,
    laser: 0.3,
    computing: 0.3,
  },
  lab: {},
}

/** Each city's specialities, as in the registry's industry weights. */
const categoryBoostByCity: Record<string, Partial<Record<InstrumentCategory, number>>> = {
  'SH-SJ': { electronic_measurement: 1.5, process_testing: 1.3 },
  SZ: { medical_research: 1.6, process_testing: 1.3 },
  HZ: { computing: 1.8, electronic_measurement: 1.4 },
  JX: { physical_property: 1.3, special_testing: 1.3 },
  HUZ: { other: 1.8, special_testing: 1.3 },
  JH: { special_testing: 1.4, other: 1.4 },
  HF: { computing: 2, laser: 2.2, physical_property: 1.2 },
  WH: { other: 2, special_testing: 1.3 },
  XC: { physical_property: 1.4, analytical: 1.1 },
}

/** What the demo provider owns: one of each of these kinds, in this order. */
const demoOwnerTemplateNames = [
  '场发射扫描电子显微镜',
  'X射线衍射仪',
  '液相色谱-质谱联用仪',
  '电子万能材料试验机',
  '激光扫描共聚焦显微镜',
  '差示扫描量热仪',
  '三坐标测量机',
  '高效液相色谱仪',
]

export function demoTemplatesOf(seed: InstrumentSeed): InstrumentTemplate[] {
  return demoOwnerTemplateNames.slice(0, seed.input.figures.demoOwnerInstruments).map((nameZh) => {
    const template = instrumentTemplates.find((candidate) => candidate.name.zh === nameZh)
    if (template === undefined) throw new Error(`no instrument template ${nameZh}`)
    return template
  })
}

/** Pickers of a template by owner kind and city, each built once. */
function createTemplatePickers() {
  const pickers = new Map<string, (random: Random) => InstrumentTemplate>()
  return (kind: string, cityCode: string) => {
    const key = `${kind}/${cityCode}`
    let picker = pickers.get(key)
    if (picker === undefined) {
      const byKind = categoryBoostByKind[kind] ?? {}
      const byCity = categoryBoostByCity[cityCode] ?? {}
      picker = cumulativePicker(
        instrumentTemplates,
        instrumentTemplates.map(
          (template) => template.weight * (byKind[template.category] ?? 1) * (byCity[template.category] ?? 1),
        ),
      )
      pickers.set(key, picker)
    }
    return picker
  }
}

/** Every category is in the catalogue, even in the small set: a missing one takes over an instrument of the most
 * common category. */
function coverEveryCategory(plans: Plan[], random: Random) {
  for (const category of instrumentCategories) {
    if (plans.some((plan) => plan.template.category === category)) continue
    const counts = new Map<string, number>()
    for (const plan of plans)
      counts.set(plan.template.category, (counts.get(plan.template.category) ?? 0) + 1)
    const commonest = [...counts].sort(
      ([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1),
    )[0]?.[0]
    const donor = plans.findLast((plan) => !plan.isDemo && plan.template.category === commonest)
    const templates = instrumentTemplates.filter((template) => template.category === category)
    if (donor !== undefined && templates.length > 0) donor.template = random.pick(templates)
  }
}

export function planCatalogue(
  seed: InstrumentSeed,
  owners: Owners,
  demoTemplates: readonly InstrumentTemplate[],
  random: Random,
): Plan[] {
  const plans: Plan[] = demoTemplates.map((template) => ({ owner: owners.demoOwner, template, isDemo: true }))
  const byCity = ownersByCity(owners)
  const cities = cityCodes.filter((cityCode) => (byCity.get(cityCode) ?? []).length > 0)
  const weightOf = (cityCode: string) =>
    (byCity.get(cityCode) ?? []).reduce((sum, owner) => sum + owner.weight, 0)
  const total = seed.input.figures.instruments - plans.length
  const countByCity = allocate(
    total,
    cities,
    weightOf,
    Math.min(3, Math.floor(total / Math.max(cities.length, 1))),
  )
  const templatePicker = createTemplatePickers()
  for (const cityCode of cities) {
    const cityOwners = byCity.get(cityCode) ?? []
    const pickOwner = cumulativePicker(
      cityOwners,
      cityOwners.map((owner) => owner.weight),
    )
    for (let index = 0; index < (countByCity.get(cityCode) ?? 0); index++) {
      const owner = pickOwner(random)
      plans.push({ owner, template: templatePicker(owner.row.kind, cityCode)(random), isDemo: false })
    }
  }
  coverEveryCategory(plans, random)
  return plans
}
