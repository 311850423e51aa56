// The division of labour over the last five years, from the registry: location quotients per city and industry
// and Krugman indices between cities, year by year. Public; a few hundred numbers from 29,000 firms, kept for a
// while because the registry changes slowly.
import type { Database } from '../../db/client'
import { createTtlCache } from '../../platform/cache'
import { shanghaiDateOf } from '../../platform/calendar'
import { cityCodes, industryReferences } from '../registry'
import { krugmanIndices, locationQuotients } from './division-of-labour'
import * as repository from './labour.repository'

const yearsShown = 5
const keptMs = 10 * 60 * 1000

export type LabourBasis = 'firms' | 'high_tech_firms'

export function createLabour(db: Database) {
  const kept = createTtlCache<Promise<ReturnType<typeof shape>>>({ ttlMs: keptMs, entriesMax: 2 })

  function shape(rows: repository.IndustryCountRow[], years: number[], basis: LabourBasis) {
    return {
      basis,
      industries: industryReferences
        .filter((industry) => rows.some((row) => row.industryCode === industry.code))
        .map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
      years: years.map((year) => {
        const counts = rows.filter((row) => row.year === year)
        return {
          year,
          firms: counts.reduce((sum, row) => sum + row.firms, 0),
          quotients: locationQuotients(
            counts.map(({ cityCode, industryCode, firms }) => ({ cityCode, industryCode, firms })),
          ),
          krugman: krugmanIndices(counts, cityCodes),
        }
      }),
    }
  }

  async function read(basis: LabourBasis) {
    const lastYear = Number(shanghaiDateOf().slice(0, 4))
    const years = Array.from({ length: yearsShown }, (_, position) => lastYear - yearsShown + 1 + position)
    const rows = await repository.industryCounts(
      db,
      { from: years[0] ?? lastYear, to: lastYear },
      basis === 'high_tech_firms',
    )
    return shape(rows, years, basis)
  }

  function divisionOfLabour(query: { basis?: LabourBasis }) {
    const basis = query.basis ?? 'firms'
    return kept.getOrLoad(basis, () => read(basis))
  }

  return { divisionOfLabour }
}

export type Labour = ReturnType<typeof createLabour>
