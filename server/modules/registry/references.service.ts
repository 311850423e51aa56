// Records name cities, industries and parks: each named one must exist.
import { AppError } from '../../platform/errors'
import * as repository from './registry.repository'
import type { StructureDependencies } from './registry.service'

export async function requireReference(
  dependencies: StructureDependencies,
  kind: 'city' | 'industry' | 'park',
  id: string | null | undefined,
) {
  const { db } = dependencies
  if (id === null || id === undefined) return
  const found =
    kind === 'city'
      ? await repository.findCity(db, id)
      : kind === 'industry'
        ? await repository.findIndustry(db, id)
        : await repository.findPark(db, id)
  if (found === undefined) throw new AppError('REFERENCE_UNKNOWN', { [kind]: id })
}
