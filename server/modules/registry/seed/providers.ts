// The service providers (labs, test centres, universities' schools, research institutes), most of them admitted and
// a few at every other step of admission, with an admitted provider in every city (Suzhou's for provider.sz).
import { searchTextOf } from '../../../db/search'
import { addCalendarDays } from '../../../platform/calendar'
import { allocate, expand } from '../../../seed/support/draws'
import { cityCodes, providerKinds, type admissionStatuses } from '../reference/reference-data'
import { publicNoticeDays } from '../registry.policies'
import {
  audited,
  boundedCount,
  cityWeights,
  createCreditCodeMaker,
  createIdMaker,
  weightedKey,
  type Context,
  type ProviderRow,
} from './context'
import { createUniqueNamer } from './names'
import { providerName, type ProviderKind } from './organisation-names'

type AdmissionStatus = (typeof admissionStatuses)[number]

const providerKindWeights: Record<ProviderKind, number> = {
  lab: 30,
  test_centre: 35,
  university: 15,
  research_institute: 20,
}
/** Mostly admitted; a few in each other status so every screen of the admission workflow has data. */
const admissionStatusWeights: Record<AdmissionStatus, number> = {
  self_evaluation: 25,
  credit_check: 25,
  public_notice: 20,
  active: 900,
  suspended: 18,
  blacklisted: 12,
}

export function generateProviders(context: Context): ProviderRow[] {
  const random = context.random.fork('providers')
  const makeId = createIdMaker(random.fork('ids'), 'prov', context.seededAtMs)
  const makeCreditCode = createCreditCodeMaker(random.fork('credit-codes'), context.creditCodesTaken)
  const unique = createUniqueNamer()
  const total = boundedCount(context.figures.providers, 'providers')
  const kinds = random.shuffle(expand(allocate(total, providerKinds, (kind) => providerKindWeights[kind], 1)))
  const statusKeys = Object.keys(admissionStatusWeights) as AdmissionStatus[]
  const statuses = random.shuffle(
    expand(allocate(total, statusKeys, (status) => admissionStatusWeights[status], 1)),
  )
  const plan = kinds.map(
    (kind, position): { kind: ProviderKind; cityCode: string; status: AdmissionStatus } => ({
      kind,
      cityCode: weightedKey(random, cityWeights.providers),
      status: statuses[position] ?? 'active',
    }),
  )
  // provider.sz needs an admitted provider in Suzhou: make the first active provider Suzhou's if none is.
  if (!plan.some((entry) => entry.cityCode === 'SZ' && entry.status === 'active')) {
    const firstActive = plan.find((entry) => entry.status === 'active')
    if (firstActive !== undefined) firstActive.cityCode = 'SZ'
  }
  // Vouchers need services to spend on in every city: a city without an admitted provider (possible in the
  // small set) gets the last one of the city that has the most.
  for (const cityCode of cityCodes) {
    if (plan.some((entry) => entry.cityCode === cityCode && entry.status === 'active')) continue
    const activeByCity = new Map<string, number>()
    for (const entry of plan) {
      if (entry.status === 'active')
        activeByCity.set(entry.cityCode, (activeByCity.get(entry.cityCode) ?? 0) + 1)
    }
    const richest = [...activeByCity].sort(([codeA, a], [codeB, b]) => b - a || (codeA < codeB ? -1 : 1))[0]
    const donor = plan.findLast((entry) => entry.status === 'active' && entry.cityCode === richest?.[0])
    if (donor !== undefined && (activeByCity.get(donor.cityCode) ?? 0) > 1) donor.cityCode = cityCode
  }
  // Steps under way are dated back from the day the activity ends, as the workflow would leave them: a notice
  // started within the last 7 days (an older one has run its course and the provider was admitted), a
  // self-evaluation or credit check within two months, a suspension or blacklisting within half a year.
  const startedOnBy: Record<Exclude<AdmissionStatus, 'active'>, string> = {
    public_notice: addCalendarDays(context.activityDay, -(publicNoticeDays - 1)),
    self_evaluation: addCalendarDays(context.activityDay, -60),
    credit_check: addCalendarDays(context.activityDay, -60),
    suspended: addCalendarDays(context.activityDay, -180),
    blacklisted: addCalendarDays(context.activityDay, -180),
  }
  return plan.map(({ kind, cityCode, status }) => {
    const name = unique(() => providerName(random, kind, cityCode))
    const registeredOn = random.dateBetween('2005-01-01', '2022-12-31')
    const creditCode = makeCreditCode(name.isPublicInstitution ? '12' : '91', cityCode, registeredOn)
    return {
      id: makeId(),
      nameZh: name.nameZh,
      nameEn: name.nameEn,
      kind,
      cityCode,
      creditCode,
      admissionStatus: status,
      admissionUpdatedOn:
        status === 'active'
          ? random.dateBetween('2021-01-01', context.seededDay)
          : random.dateBetween(startedOnBy[status], context.activityDay),
      searchText: searchTextOf(name.nameZh, name.nameEn, creditCode),
      ...audited(context),
    }
  })
}
