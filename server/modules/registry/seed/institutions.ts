// The financial alliance's institutions: banks, brokers, funds, insurers and service firms of every kind, spread over
// the cities by weight, Hangzhou always with a bank (for bank.hz).
import { searchTextOf } from '../../../db/search'
import { allocate, expand } from '../../../seed/support/draws'
import { institutionKinds } from '../reference/reference-data'
import {
  audited,
  boundedCount,
  cityWeights,
  createIdMaker,
  weightedKey,
  type Context,
  type InstitutionRow,
} from './context'
import { createUniqueNamer } from './names'
import { institutionName, type InstitutionKind } from './organisation-names'

const institutionKindWeights: Record<InstitutionKind, number> = {
  bank: 150,
  broker: 45,
  fund: 50,
  insurer: 40,
  accounting_firm: 40,
  law_firm: 45,
  guarantee_company: 35,
  ip_agency: 30,
  hr_firm: 25,
  investment_firm: 38,
}
const financialAllianceFoundedOn = '2019-12-01'

export function generateInstitutions(context: Context): InstitutionRow[] {
  const random = context.random.fork('institutions')
  const makeId = createIdMaker(random.fork('ids'), 'inst', context.seededAtMs)
  const unique = createUniqueNamer()
  const total = boundedCount(context.figures.institutions, 'institutions')
  const kinds = random.shuffle(
    expand(allocate(total, institutionKinds, (kind) => institutionKindWeights[kind], 1)),
  )
  const plan = kinds.map((kind) => ({ kind, cityCode: weightedKey(random, cityWeights.institutions) }))
  // bank.hz needs a bank in Hangzhou.
  const firstBank = plan.find((entry) => entry.kind === 'bank')
  if (firstBank !== undefined && !plan.some((entry) => entry.kind === 'bank' && entry.cityCode === 'HZ')) {
    firstBank.cityCode = 'HZ'
  }
  const joinedLatestOn = context.seededDay < '2025-12-31' ? context.seededDay : '2025-12-31'
  return plan.map(({ kind, cityCode }) => {
    const name = unique(() => institutionName(random, kind, cityCode))
    const isFoundingMember = random.chance(0.35)
    return {
      id: makeId(),
      nameZh: name.nameZh,
      nameEn: name.nameEn,
      kind,
      cityCode,
      isAllianceMember: true,
      joinedOn: isFoundingMember
        ? random.dateBetween(financialAllianceFoundedOn, '2019-12-31')
        : random.dateBetween('2020-01-01', joinedLatestOn),
      searchText: searchTextOf(name.nameZh, name.nameEn),
      ...audited(context),
    }
  })
}
