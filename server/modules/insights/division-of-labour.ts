// The division of labour between the cities, as regional economics measures it. A city's location quotient in an
// industry is its share of firms in that industry over the corridor's share (above 1: the city specialises in it).
// Krugman's specialisation index between two cities is the sum over industries of the absolute difference of their
// industry shares: 0 when they have the same mix, 2 when they share no industry. Rising indices over the years mean
// the cities are dividing labour rather than copying one another.

export interface IndustryCount {
  cityCode: string
  industryCode: string
  firms: number
}

/** Keeps five decimals: enough for a quotient or an index, stable to print. */
function rounded(value: number): number {
  return Math.round(value * 100_000) / 100_000
}

function sumBy<Key extends string>(counts: readonly IndustryCount[], key: (count: IndustryCount) => Key) {
  const sums = new Map<Key, number>()
  for (const count of counts) sums.set(key(count), (sums.get(key(count)) ?? 0) + count.firms)
  return sums
}

export function locationQuotients(counts: readonly IndustryCount[]) {
  const byCity = sumBy(counts, (count) => count.cityCode)
  const byIndustry = sumBy(counts, (count) => count.industryCode)
  const total = counts.reduce((sum, count) => sum + count.firms, 0)
  return counts.map((count) => {
    const cityFirms = byCity.get(count.cityCode) ?? 0
    const industryFirms = byIndustry.get(count.industryCode) ?? 0
    const quotient =
      cityFirms === 0 || industryFirms === 0 ? 0 : count.firms / cityFirms / (industryFirms / total)
    return { ...count, quotient: rounded(quotient) }
  })
}

function industryShares(
  counts: readonly IndustryCount[],
  cityCodes: ReadonlySet<string>,
): Map<string, number> {
  const own = counts.filter((count) => cityCodes.has(count.cityCode))
  const total = own.reduce((sum, count) => sum + count.firms, 0)
  const shares = new Map<string, number>()
  if (total === 0) return shares
  for (const [industryCode, firms] of sumBy(own, (count) => count.industryCode))
    shares.set(industryCode, firms / total)
  return shares
}

export function krugmanIndex(
  first: ReadonlyMap<string, number>,
  second: ReadonlyMap<string, number>,
): number {
  const industries = new Set([...first.keys(), ...second.keys()])
  let sum = 0
  for (const industry of industries) sum += Math.abs((first.get(industry) ?? 0) - (second.get(industry) ?? 0))
  return rounded(sum)
}

/** Every pair of cities, and each city against the rest of the corridor. */
export function krugmanIndices(counts: readonly IndustryCount[], cityCodes: readonly string[]) {
  const sharesOf = (codes: readonly string[]) => industryShares(counts, new Set(codes))
  const pairs: { firstCityCode: string; secondCityCode: string; index: number }[] = []
  for (const [position, first] of cityCodes.entries())
    for (const second of cityCodes.slice(position + 1))
      pairs.push({
        firstCityCode: first,
        secondCityCode: second,
        index: krugmanIndex(sharesOf([first]), sharesOf([second])),
      })
  const againstRest = cityCodes.map((cityCode) => ({
    cityCode,
    index: krugmanIndex(sharesOf([cityCode]), sharesOf(cityCodes.filter((other) => other !== cityCode))),
  }))
  const mean =
    pairs.length === 0 ? 0 : rounded(pairs.reduce((sum, pair) => sum + pair.index, 0) / pairs.length)
  return { pairs, againstRest, mean }
}
