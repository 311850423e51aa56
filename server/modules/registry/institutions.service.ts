// The financial institutions of the corridor's alliance: the corridor office registers them, each edits its own.
import { searchTextOf } from '../../db/search'
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { orRefuse } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import { institutionExportColumns } from './institutions.export'
import type { OrganisationsDependencies } from './organisations.service'
import * as repository from './organisations.repository'
import { registryPolicies as policies } from './registry.policies'
import type {
  CreateInstitutionInput,
  InstitutionQueryInput,
  UpdateInstitutionInput,
} from './registry.schemas'

const institutionAudit = auditTrail('institution')

/** A directory: institutions are looked up by name unless a header says otherwise. */
const institutionSortDefault = 'nameZh'

export async function listInstitutions(
  dependencies: OrganisationsDependencies,
  query: InstitutionQueryInput,
) {
  const page = sortedPageRequest(query, institutionSortDefault)
  const read = await repository.listInstitutions(dependencies.db, query, page)
  return toListPage(page, read, (institution) => institution[page.order.key])
}

/** The institutions list as a file: the list's own read with the export's row bound, in the list's order. */
export async function exportInstitutions(
  dependencies: OrganisationsDependencies,
  query: InstitutionQueryInput,
  rowsMax: number,
): Promise<ExportTable<repository.InstitutionRow>> {
  const page = await listInstitutions(dependencies, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'institutions',
    sheetName: 'institutions',
    columns: institutionExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

export async function getInstitution(dependencies: OrganisationsDependencies, id: string) {
  return orRefuse(await repository.findInstitution(dependencies.db, id), 'INSTITUTION_NOT_FOUND', {
    institutionId: id,
  })
}

export async function createInstitution(
  dependencies: OrganisationsDependencies,
  principal: Principal | null,
  input: CreateInstitutionInput,
) {
  const { db, structure } = dependencies
  const actor = authorize(principal, policies.createInstitution, { cityCode: input.cityCode })
  await structure.requireReference('city', input.cityCode)
  return institutionAudit.insert(db, actor, input, (transaction) =>
    repository.insertInstitution(transaction, {
      ...input,
      id: newId('inst'),
      searchText: searchTextOf(input.nameZh, input.nameEn),
    }),
  )
}

export async function updateInstitution(
  dependencies: OrganisationsDependencies,
  principal: Principal | null,
  id: string,
  changes: UpdateInstitutionInput,
) {
  const { db } = dependencies
  const institution = await getInstitution(dependencies, id)
  const actor = authorize(principal, policies.updateInstitution, {
    cityCode: institution.cityCode,
    organisationId: institution.id,
  })
  return institutionAudit.update(db, actor, institution, changes, (transaction) =>
    repository.updateInstitution(transaction, id, {
      ...changes,
      searchText: searchTextOf(changes.nameZh ?? institution.nameZh, changes.nameEn ?? institution.nameEn),
    }),
  )
}
