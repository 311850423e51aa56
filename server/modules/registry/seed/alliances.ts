// The 1 + 7 + N tree of industrial alliances: the overall park alliance chaired by Suzhou Industrial Park, a key
// alliance per key industry, and sub-alliances under some of them, with their members: every founding park, the
// leading firms of each industry, and some parks of each sub-alliance's parent.
import { searchTextOf } from '../../../db/search'
import { laterDay, type Random } from '../../../seed/random'
import { referenceFigures } from '../reference/reference-data'
import {
  allianceNaming,
  firmNaming,
  keyIndustryCodes,
  parkNaming,
  sixPlusXCodes,
  type KeyIndustryCode,
  type SubAllianceKey,
} from './catalogue'
import {
  audited,
  createIdMaker,
  type AllianceMemberRow,
  type AllianceRow,
  type Context,
  type ParkRow,
} from './context'
import type { FirmPlan } from './firms'
import { keyAllianceName, overallAllianceName, subAllianceName, type BilingualName } from './names'

const parkAllianceFoundedOn = '2019-07-01'

export interface AllianceTree {
  rows: AllianceRow[]
  members: AllianceMemberRow[]
}

interface Alliances {
  overall: AllianceRow
  keyByIndustry: Map<KeyIndustryCode, AllianceRow>
  subByKey: Map<SubAllianceKey, AllianceRow>
}

/** Members of the tree, each alliance and member once. */
interface Members {
  rows: AllianceMemberRow[]
  add(alliance: AllianceRow, memberId: string, memberKind: 'park' | 'firm', joinedOn: string): void
}

function createMembers(): Members {
  const rows: AllianceMemberRow[] = []
  const keys = new Set<string>()
  return {
    rows,
    add(alliance, memberId, memberKind, joinedOn) {
      const key = `${alliance.id}/${memberId}`
      if (keys.has(key)) return
      keys.add(key)
      rows.push({ allianceId: alliance.id, memberId, memberKind, joinedOn })
    },
  }
}

/** The alliances themselves, the overall one first, then the key ones and the sub-alliances in catalogue order. */
function allianceRows(context: Context, random: Random, chair: ParkRow): Alliances & { rows: AllianceRow[] } {
  const makeId = createIdMaker(random.fork('ids'), 'alli', context.seededAtMs)
  const allianceRow = (
    name: BilingualName,
    tier: 'overall' | 'key_industry' | 'sub',
    parentId: string | null,
    industryCode: string | null,
    chairParkId: string | null,
  ): AllianceRow => ({
    id: makeId(),
    nameZh: name.nameZh,
    nameEn: name.nameEn,
    tier,
    parentId,
    industryCode,
    chairParkId,
    isIndustrial: true,
    searchText: searchTextOf(name.nameZh, name.nameEn),
    ...audited(context),
  })

  const overall = allianceRow(overallAllianceName, 'overall', null, null, chair.id)
  const keyByIndustry = new Map<KeyIndustryCode, AllianceRow>()
  for (const code of keyIndustryCodes)
    keyByIndustry.set(code, allianceRow(keyAllianceName(code), 'key_industry', overall.id, code, null))
  const subByKey = new Map<SubAllianceKey, AllianceRow>()
  for (const definition of allianceNaming.subAlliances) {
    const parent = keyByIndustry.get(definition.parentIndustryCode)
    if (parent === undefined) throw new Error(`no key alliance ${definition.parentIndustryCode}`)
    subByKey.set(
      definition.key,
      allianceRow(subAllianceName(definition), 'sub', parent.id, definition.parentIndustryCode, null),
    )
  }
  const rows = [overall, ...keyByIndustry.values(), ...subByKey.values()]
  if (rows.length !== referenceFigures.industrialAlliances) {
    throw new Error(
      `the 1+7+N tree has ${rows.length} alliances, not ${referenceFigures.industrialAlliances}`,
    )
  }
  return { overall, keyByIndustry, subByKey, rows }
}

/** Every founding park is in the overall alliance, and in the key alliance of its main industry (some in another
 * too); returns the parks of each key alliance. */
function addParks(
  random: Random,
  alliances: Alliances,
  parkRows: readonly ParkRow[],
  members: Members,
): Map<KeyIndustryCode, ParkRow[]> {
  const parksByKey = new Map<KeyIndustryCode, ParkRow[]>(keyIndustryCodes.map((code) => [code, []]))
  for (const park of parkRows) {
    members.add(alliances.overall, park.id, 'park', parkAllianceFoundedOn)
    const mainIndustry = sixPlusXCodes.find((code) => code === park.mainIndustryCode) ?? 'ai'
    const ownKey = firmNaming.keyIndustryBySixPlusX[mainIndustry]
    const keys = new Set<KeyIndustryCode>([ownKey])
    if (random.chance(0.35)) keys.add(random.pick(keyIndustryCodes))
    for (const code of keys) {
      const alliance = alliances.keyByIndustry.get(code)
      if (alliance === undefined) continue
      members.add(alliance, park.id, 'park', keyJoinedOn(random))
      parksByKey.get(code)?.push(park)
    }
  }
  return parksByKey
}

const keyJoinedOn = (random: Random) => random.dateBetween('2020-01-01', '2023-12-31')

/** A key alliance without a park (possible in the small set) gets one, and each gets a chair park. */
function chooseKeyChairs(
  random: Random,
  alliances: Alliances,
  parkRows: readonly ParkRow[],
  parksByKey: Map<KeyIndustryCode, ParkRow[]>,
  members: Members,
) {
  const chairIds = new Set<string>([alliances.overall.chairParkId ?? ''])
  for (const [code, alliance] of alliances.keyByIndustry) {
    const keyParks = parksByKey.get(code) ?? []
    if (keyParks.length === 0) {
      const park = random.pick(parkRows)
      members.add(alliance, park.id, 'park', keyJoinedOn(random))
      keyParks.push(park)
    }
    // Chairs are spread over parks where the alliance has enough of them, favouring demonstration parks.
    const free = keyParks.filter((park) => !chairIds.has(park.id))
    const candidates = free.length > 0 ? free : keyParks
    const chairPark = random.weightedPick(
      candidates,
      candidates.map((park) => (park.isDemonstrationPark ? 3 : 1)),
    )
    chairIds.add(chairPark.id)
    alliance.chairParkId = chairPark.id
  }
}

/** Leading firms belong to their industry's key alliance, and to a matching sub-alliance; returns how many firms
 * each sub-alliance has. */
function addLeadingFirms(
  random: Random,
  context: Context,
  alliances: Alliances,
  firmPlans: readonly FirmPlan[],
  members: Members,
): Map<SubAllianceKey, number> {
  const subMemberCount = new Map<SubAllianceKey, number>()
  for (const plan of firmPlans) {
    if (plan.row.isLeading !== true) continue
    const alliance = alliances.keyByIndustry.get(plan.word.keyIndustryCode)
    if (alliance === undefined) continue
    const joinFrom = laterDay(plan.row.foundedOn, '2020-01-01')
    members.add(alliance, plan.row.id, 'firm', random.dateBetween(joinFrom, context.seededDay))
    const subKey = plan.word.subAllianceKey
    const sub = subKey !== undefined ? alliances.subByKey.get(subKey) : undefined
    if (subKey !== undefined && sub !== undefined) {
      members.add(
        sub,
        plan.row.id,
        'firm',
        random.dateBetween(laterDay(joinFrom, '2021-01-01'), context.seededDay),
      )
      subMemberCount.set(subKey, (subMemberCount.get(subKey) ?? 0) + 1)
    }
  }
  return subMemberCount
}

/** Some parks of the parent alliance join its sub-alliance; each sub-alliance has at least one member. */
function addSubAllianceParks(
  random: Random,
  alliances: Alliances,
  parkRows: readonly ParkRow[],
  parksByKey: Map<KeyIndustryCode, ParkRow[]>,
  subMemberCount: Map<SubAllianceKey, number>,
  members: Members,
) {
  for (const definition of allianceNaming.subAlliances) {
    const sub = alliances.subByKey.get(definition.key)
    if (sub === undefined) continue
    const parentParks = parksByKey.get(definition.parentIndustryCode) ?? []
    let count = subMemberCount.get(definition.key) ?? 0
    for (const park of parentParks) {
      if (!random.chance(0.3)) continue
      members.add(sub, park.id, 'park', random.dateBetween('2021-01-01', '2024-12-31'))
      count++
    }
    if (count === 0) {
      const park = random.pick(parentParks.length > 0 ? parentParks : parkRows)
      members.add(sub, park.id, 'park', random.dateBetween('2021-01-01', '2024-12-31'))
    }
  }
}

export function generateAlliances(
  context: Context,
  parkRows: readonly ParkRow[],
  firmPlans: readonly FirmPlan[],
): AllianceTree {
  const random = context.random.fork('alliances')
  const chair = parkRows.find((park) => park.nameZh === parkNaming.chairPark.nameZh)
  if (chair === undefined) throw new Error('the overall alliance needs Suzhou Industrial Park as its chair')
  const alliances = allianceRows(context, random, chair)
  const members = createMembers()
  const parksByKey = addParks(random, alliances, parkRows, members)
  chooseKeyChairs(random, alliances, parkRows, parksByKey, members)
  const subMemberCount = addLeadingFirms(random, context, alliances, firmPlans, members)
  addSubAllianceParks(random, alliances, parkRows, parksByKey, subMemberCount, members)
  return { rows: alliances.rows, members: members.rows }
}
