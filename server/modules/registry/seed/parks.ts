// The corridor's founding parks, spread over the cities by weight, Suzhou Industrial Park (the park alliance's chair)
// always among them, and a few chosen as demonstration parks.
import { searchTextOf } from '../../../db/search'
import type { Random } from '../../../seed/random'
import { allocate } from '../../../seed/support/draws'
import { cityCodes, type parkLevels } from '../reference/reference-data'
import { parkNaming, type SixPlusXCode } from './catalogue'
import {
  audited,
  boundedCount,
  cityWeight,
  cityWeights,
  createIdMaker,
  industryWeightsFor,
  weightedKey,
  type Context,
  type ParkRow,
} from './context'
import { createUniqueNamer, parkName } from './names'

type ParkLevel = (typeof parkLevels)[number]
const { chairPark, kinds: parkKinds } = parkNaming

/** Draws `count` distinct items, each draw weighted among the items left. */
function sampleWithoutReplacement<T>(
  random: Random,
  items: readonly T[],
  weightOf: (item: T) => number,
  count: number,
) {
  if (count > items.length) throw new Error(`cannot draw ${count} of ${items.length}`)
  const left = [...items]
  const drawn: T[] = []
  for (let draw = 0; draw < count; draw++) {
    const item = random.weightedPick(left, left.map(weightOf))
    drawn.push(item)
    left.splice(left.indexOf(item), 1)
  }
  return drawn
}

/** Demonstration parks are mostly national-level ones. */
function demonstrationWeightOf(level: string): number {
  if (level === 'national') return 8
  return level === 'provincial' ? 3 : 1
}

export function generateParks(context: Context): ParkRow[] {
  const random = context.random.fork('parks')
  const makeId = createIdMaker(random.fork('ids'), 'park', context.seededAtMs)
  const unique = createUniqueNamer()
  const total = boundedCount(context.figures.parks, 'parks')
  const countByCity = allocate(total, cityCodes, cityWeight(cityWeights.parks), 1)
  const rows: ParkRow[] = []
  for (const cityCode of cityCodes) {
    for (let index = 0; index < (countByCity.get(cityCode) ?? 0); index++) {
      // Suzhou Industrial Park chairs the overall alliance, so it is always there.
      if (cityCode === 'SZ' && index === 0) {
        const name = unique(() => chairPark)
        rows.push(parkRow(context, makeId(), name, cityCode, 'national', 'biopharma'))
        continue
      }
      const kind = random.weightedPick(
        parkKinds,
        parkKinds.map((candidate) => candidate.weight),
      )
      const name = unique(() => parkName(random, cityCode, kind))
      const industryCode = kind.industryCode ?? weightedKey(random, industryWeightsFor(cityCode))
      rows.push(parkRow(context, makeId(), name, cityCode, random.pick(kind.levels), industryCode))
    }
  }
  const chair = rows[rows.findIndex((row) => row.nameZh === chairPark.nameZh)]
  if (chair === undefined) throw new Error('Suzhou Industrial Park was not generated')
  chair.isDemonstrationPark = true
  const others = rows.filter((row) => row !== chair)
  const demonstration = sampleWithoutReplacement(
    random,
    others,
    (row) => demonstrationWeightOf(row.level),
    context.figures.demonstrationParks - 1,
  )
  for (const row of demonstration) row.isDemonstrationPark = true
  return rows
}

function parkRow(
  context: Context,
  id: string,
  name: { nameZh: string; nameEn: string },
  cityCode: string,
  level: ParkLevel,
  mainIndustryCode: SixPlusXCode,
): ParkRow {
  return {
    id,
    nameZh: name.nameZh,
    nameEn: name.nameEn,
    cityCode,
    level,
    isFoundingMember: true,
    isDemonstrationPark: false,
    mainIndustryCode,
    searchText: searchTextOf(name.nameZh, name.nameEn),
    ...audited(context),
  }
}
