// The nine corridor cities with their figures; the corridor office edits them.
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { orRefuse } from '../../platform/errors'
import { registryPolicies as policies } from './registry.policies'
import * as repository from './registry.repository'
import type { UpdateCityInput } from './registry.schemas'
import type { StructureDependencies } from './registry.service'

const cityAudit = auditTrail('city')

const noFigures: repository.CityFigures = {
  parks: 0,
  demonstrationParks: 0,
  highTechFirms: 0,
  leadingFirms: 0,
  institutions: 0,
  providers: 0,
}

async function requireCity(dependencies: StructureDependencies, code: string) {
  return orRefuse(await repository.findCity(dependencies.db, code), 'CITY_NOT_FOUND', { cityCode: code })
}

export async function listCities(dependencies: StructureDependencies) {
  const { db } = dependencies
  const [cities, figures] = await Promise.all([repository.listCities(db), repository.cityFigures(db)])
  return cities.map((city) => ({ ...city, figures: figures.get(city.code) ?? noFigures }))
}

export async function getCity(dependencies: StructureDependencies, code: string) {
  const { db } = dependencies
  const city = await requireCity(dependencies, code)
  const figures = await repository.cityFigures(db)
  return { ...city, figures: figures.get(code) ?? noFigures }
}

export async function updateCity(
  dependencies: StructureDependencies,
  principal: Principal | null,
  code: string,
  changes: UpdateCityInput,
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.updateCity, { cityCode: code })
  await requireCity(dependencies, code)
  return db.transaction(async (transaction) => {
    const updated = await repository.updateCity(transaction, code, changes)
    await cityAudit.record(transaction, actor, 'update', { id: code, cityCode: code }, changes)
    return updated
  })
}
