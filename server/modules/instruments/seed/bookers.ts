// Who books an instrument: the owner's own staff, or an outsider by the instrument's openness: a firm (about a third
// of a city's firms use shared instruments, some far more than others) or another provider, mostly of the owner's
// city, otherwise of a city near it.
import type { Random } from '../../../seed/random'
import { cityCodes, cityFacts } from '../../../seed/catalogue'
import { cumulativePicker } from '../../../seed/support/draws'
import type { SeedFirm } from '../../../seed/support/organisations'
import { ownersByCity, type Owners } from './owners'
import type { InstrumentSeed } from './state'
import type { Booker, Instrument } from './types'

/** heavier users of instruments by industry */
const instrumentUseByIndustry: Record<string, number> = {
  biopharma: 3,
  new_materials: 2.5,
  ic: 2.2,
  new_energy: 2,
  future_tech: 1.6,
  smart_security: 1,
  satellite_internet: 1.2,
  ai: 0.8,
  it_innovation: 0.6,
}

/** Neighbours book each other's instruments more than distant cities do. */
const isNeighbour = (cityCode: string, home: string) =>
  cityFacts(cityCode).cluster === cityFacts(home).cluster

function firmPickersByCity(seed: InstrumentSeed): Map<string, (random: Random) => SeedFirm> {
  const random = seed.random.fork('bookers')
  const firmsByCity = new Map<string, (random: Random) => SeedFirm>()
  for (const cityCode of cityCodes) {
    const users = seed.input.firms.filter(
      (firm) => firm.cityCode === cityCode && !seed.demoFirmIds.has(firm.id) && random.chance(0.35),
    )
    if (users.length === 0) continue
    firmsByCity.set(
      cityCode,
      cumulativePicker(
        users,
        users.map(
          (firm, rank) => (instrumentUseByIndustry[firm.industryCode] ?? 1) / Math.pow(rank + 1, 0.3),
        ),
      ),
    )
  }
  return firmsByCity
}

export type BookerPicker = (instrument: Instrument, random: Random) => Booker

export function createBookerPicker(seed: InstrumentSeed, owners: Owners): BookerPicker {
  const firmsByCity = firmPickersByCity(seed)
  const providersByCity = ownersByCity(owners)
  const cityPickers = new Map(
    cityCodes.map((home) => {
      const others = cityCodes.filter((cityCode) => cityCode !== home && firmsByCity.has(cityCode))
      return [
        home,
        others.length === 0
          ? null
          : cumulativePicker(
              others,
              others.map((cityCode) => (isNeighbour(cityCode, home) ? 3 : 1)),
            ),
      ] as const
    }),
  )
  return (instrument, random) => {
    const owner = instrument.owner
    if (!random.chance(instrument.openness)) {
      return {
        userId: seed.staffUser(owner.row.id, random.integer(0, 2)),
        organisationId: owner.row.id,
        cityCode: owner.row.cityCode,
        isDemo: owner === owners.demoOwner,
      }
    }
    const home = owner.row.cityCode
    const otherCity = cityPickers.get(home)
    const cityCode =
      random.chance(0.6) || otherCity === null || otherCity === undefined ? home : otherCity(random)
    const cityProviders = (providersByCity.get(cityCode) ?? []).filter((candidate) => candidate !== owner)
    const pickFirm = firmsByCity.get(cityCode)
    if ((random.chance(0.15) || pickFirm === undefined) && cityProviders.length > 0) {
      const provider = random.pick(cityProviders)
      return {
        userId: seed.staffUser(provider.row.id, 1),
        organisationId: provider.row.id,
        cityCode,
        isDemo: false,
      }
    }
    const firm = (pickFirm ?? firmsByCity.values().next().value)?.(random)
    if (firm === undefined) throw new Error('no firm to book an instrument')
    return {
      userId: seed.syntheticUser(`firm/${firm.id}`),
      organisationId: firm.id,
      cityCode: firm.cityCode,
      isDemo: false,
    }
  }
}
