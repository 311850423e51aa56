// The numbers people quote, given once every case is filed: each window city counts its cases per year in the order
// they were handed in (HF-2026-000123-K), and a talent card is quoted by its case's number (G60TC-HF-2026-000123-K),
// as the module issues it; the counters keep the last serial each used, so that the next case filed on the platform
// continues the count.
import { shanghaiDateOf } from '../../../platform/calendar'
import { formatVoucherNumber } from '../../vouchers'
import type { ServiceSeed } from './state'
import type { CaseCounterRow } from './types'

function counterOf(counters: Map<string, CaseCounterRow>, cityCode: string, year: number): CaseCounterRow {
  const key = `${cityCode}/${year}`
  let counter = counters.get(key)
  if (counter === undefined) {
    counter = { cityCode, year, lastSerial: 0 }
    counters.set(key, counter)
  }
  counter.lastSerial++
  return counter
}

const yearOf = (day: string) => Number(day.slice(0, 4))
const shanghaiYearOf = (at: Date) => yearOf(shanghaiDateOf(at))

export function numberCases(seed: ServiceSeed) {
  const counters = new Map<string, CaseCounterRow>()
  const cases = [...seed.out.cases].sort(
    (a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || (a.id < b.id ? -1 : 1),
  )
  for (const row of cases) {
    const year = shanghaiYearOf(row.submittedAt)
    const counter = counterOf(counters, row.windowCityCode, year)
    row.number = formatVoucherNumber(row.windowCityCode, year, counter.lastSerial)
  }
  const numberOf = new Map(cases.map((row) => [row.id, row.number]))
  for (const card of seed.out.talentCards) {
    const caseNumber = numberOf.get(card.caseId)
    if (caseNumber === undefined) throw new Error(`talent card ${card.id} of an unknown case ${card.caseId}`)
    card.number = `G60TC-${caseNumber}`
  }
  seed.out.counters = [...counters.values()]
}
