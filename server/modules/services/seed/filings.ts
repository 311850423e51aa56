// The year's filings besides the demo accounts' own: more each month, on working days in office hours. Firms of the
// registry apply for enterprise items and synthetic professionals for talent items, about a third of them across
// city lines (at their own city's window for an item another city decides); an online item is handed in to its
// competent city itself.
import type { Random } from '../../../seed/random'
import { dayMs } from '../../../seed/support/time'
import type { CatalogueItem } from '../services.reference'
import { serviceTexts } from './catalogue'
import { fileCase } from './course'
import { playCase } from './flow'
import { officeMoment } from './office-time'
import { windowDays, type ServiceSeed } from './state'
import type { Applicant } from './types'

const talentShare = 0.22
/** where an applicant files: across city lines at its own window, at home, or online with another city */
const crossCityShare = 0.33
const homeShare = 0.57
/** filings grow through the year: the density at its end is this many times the density at its start */
const growth = 2.4

/** A point of the year in [0, 1), drawn so that later months have more filings (a linear density). */
function yearPoint(random: Random): number {
  const a = (growth - 1) / (growth + 1)
  const u = random.next()
  // the inverse of the cumulative density (1 - a) t + a t², for a density rising from 1 - a to 1 + a
  return a === 0 ? u : (-(1 - a) + Math.sqrt((1 - a) ** 2 + 4 * a * u)) / (2 * a)
}

function personName(random: Random): { zh: string; en: string } {
  const surname = random.pick(serviceTexts.surnames)
  const given = Array.from({ length: random.chance(0.7) ? 2 : 1 }, () =>
    random.pick(serviceTexts.givenCharacters),
  )
  const pinyin = given.map((part) => part.en).join('')
  return {
    zh: `${surname.zh}${given.map((part) => part.zh).join('')}`,
    en: `${surname.en} ${pinyin.charAt(0).toUpperCase()}${pinyin.slice(1)}`,
  }
}

/** Synthetic professionals of the talent window, living where the registry's firms are. */
function createProfessionals(seed: ServiceSeed, random: Random, count: number): Applicant[] {
  return Array.from({ length: count }, (_, index) => {
    const name = personName(random)
    return {
      kind: 'professional' as const,
      firmId: null,
      userId: seed.syntheticUser(`professional/${index}`),
      nameZh: name.zh,
      nameEn: name.en,
      cityCode: random.pick(seed.input.firms).cityCode,
    }
  })
}

const itemWeight = (item: CatalogueItem) => (item.licence?.type === 'BusinessLicence' ? 3 : 1)

/** The item an applicant of a city applies for, and the window it hands it in at. */
function chooseItem(items: readonly CatalogueItem[], cityCode: string, random: Random) {
  const draw = random.next()
  const candidates =
    draw < crossCityShare
      ? items.filter((item) => item.mode !== 'online' && item.competentCityCode !== cityCode)
      : draw < crossCityShare + homeShare
        ? items.filter((item) => item.competentCityCode === cityCode)
        : items.filter((item) => item.mode === 'online' && item.competentCityCode !== cityCode)
  const pool = candidates.length > 0 ? candidates : items
  const item = random.weightedPick(pool, pool.map(itemWeight))
  return { item, windowCityCode: item.mode === 'online' ? item.competentCityCode : cityCode }
}

const talentPurposes = new Map<string, readonly string[]>(Object.entries(serviceTexts.talentPurposesByArea))
const enterprisePurposes = new Map<string, readonly string[]>(
  Object.entries(serviceTexts.enterprisePurposesByDepartment),
)

export function purposeOf(item: CatalogueItem, random: Random): string {
  const purposes =
    item.talentArea !== null
      ? talentPurposes.get(item.talentArea)
      : enterprisePurposes.get(item.departmentCode)
  return purposes !== undefined && purposes.length > 0 ? random.pick(purposes) : item.nameZh
}

/** Files the year's cases in the order they were handed in, each followed as far as it got. */
export function fileTheYear(
  seed: ServiceSeed,
  items: readonly CatalogueItem[],
  excludedFirmIds: ReadonlySet<string>,
) {
  const random = seed.random.fork('filings')
  const enterpriseItems = items.filter((item) => item.category === 'enterprise')
  const talentItems = items.filter((item) => item.category === 'talent')
  const firms = seed.input.firms.filter((firm) => !excludedFirmIds.has(firm.id))
  const total = seed.input.figures.cases
  const professionals = createProfessionals(
    seed,
    random.fork('professionals'),
    Math.max(10, Math.round(total * 0.15)),
  )
  const moments = Array.from({ length: total }, () =>
    officeMoment(seed.startMs + yearPoint(random) * windowDays * dayMs),
  ).sort((a, b) => a - b)
  for (const submittedMs of moments) {
    if (submittedMs >= seed.latestMs) continue
    const isTalent = random.chance(talentShare)
    const applicant = isTalent ? random.pick(professionals) : seed.firmApplicant(random.pick(firms))
    const { item, windowCityCode } = chooseItem(
      isTalent ? talentItems : enterpriseItems,
      applicant.cityCode,
      random,
    )
    const caseRandom = random.fork(`case/${seed.courses.length}`)
    const course = fileCase(seed, {
      item,
      applicant,
      windowCityCode,
      submittedMs,
      purpose: purposeOf(item, caseRandom),
      random: caseRandom,
    })
    playCase(seed, course, caseRandom)
  }
}
