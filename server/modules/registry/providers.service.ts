// Service providers (labs, test centres, universities, institutes) and their admission: self-evaluation → credit
// check → 7-day public notice → active, then suspension or blacklist.
import { searchTextOf } from '../../db/search'
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { addCalendarDays, shanghaiDateOf } from '../../platform/calendar'
import { AppError, orRefuse } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import { requireValidCreditCode } from './credit-code'
import type { OrganisationsDependencies } from './organisations.service'
import { providerExportColumns } from './providers.export'
import * as repository from './organisations.repository'
import {
  admissionStatusesNeedingReason,
  admissionTransitions,
  publicNoticeDays,
  registryPolicies as policies,
} from './registry.policies'
import type {
  AdmissionInput,
  CreateProviderInput,
  ProviderQueryInput,
  UpdateProviderInput,
} from './registry.schemas'

const providerAudit = auditTrail('provider')

/** Today in Shanghai (UTC+8 all year), the day the corridor's notices count in. */
const today = () => shanghaiDateOf()

/** A directory: providers are looked up by name unless a header says otherwise. */
const providerSortDefault = 'nameZh'

export async function listProviders(dependencies: OrganisationsDependencies, query: ProviderQueryInput) {
  const page = sortedPageRequest(query, providerSortDefault)
  const read = await repository.listProviders(dependencies.db, query, page)
  return toListPage(page, read, (provider) => provider[page.order.key])
}

/** The providers list as a file: the list's own read with the export's row bound, in the list's order. */
export async function exportProviders(
  dependencies: OrganisationsDependencies,
  query: ProviderQueryInput,
  rowsMax: number,
): Promise<ExportTable<repository.ProviderRow>> {
  const page = await listProviders(dependencies, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'providers',
    sheetName: 'providers',
    columns: providerExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

export async function getProvider(dependencies: OrganisationsDependencies, id: string) {
  return orRefuse(await repository.findProvider(dependencies.db, id), 'PROVIDER_NOT_FOUND', {
    providerId: id,
  })
}

export async function createProvider(
  dependencies: OrganisationsDependencies,
  principal: Principal | null,
  input: CreateProviderInput,
) {
  const { db, structure } = dependencies
  const actor = authorize(principal, policies.createProvider, { cityCode: input.cityCode })
  requireValidCreditCode(input.creditCode)
  await structure.requireReference('city', input.cityCode)
  return providerAudit.insert(db, actor, input, async (transaction) => {
    const inserted = await repository.insertProvider(transaction, {
      ...input,
      id: newId('prov'),
      admissionStatus: 'self_evaluation',
      admissionUpdatedOn: today(),
      searchText: searchTextOf(input.nameZh, input.nameEn, input.creditCode),
    })
    return orRefuse(inserted, 'CREDIT_CODE_TAKEN', { creditCode: input.creditCode })
  })
}

export async function updateProvider(
  dependencies: OrganisationsDependencies,
  principal: Principal | null,
  id: string,
  changes: UpdateProviderInput,
) {
  const { db } = dependencies
  const provider = await getProvider(dependencies, id)
  const actor = authorize(principal, policies.updateProvider, {
    cityCode: provider.cityCode,
    organisationId: provider.id,
  })
  return providerAudit.update(db, actor, provider, changes, (transaction) =>
    repository.updateProvider(transaction, id, {
      ...changes,
      searchText: searchTextOf(
        changes.nameZh ?? provider.nameZh,
        changes.nameEn ?? provider.nameEn,
        provider.creditCode,
      ),
    }),
  )
}

/**
 * Admission: self-evaluation → credit check → 7-day public notice → active, then suspension or blacklist. The
 * provider hands in its self-evaluation; every other step is the city's, and the notice must have run 7 days.
 */
export async function changeAdmission(
  dependencies: OrganisationsDependencies,
  principal: Principal | null,
  id: string,
  input: AdmissionInput,
) {
  const { db } = dependencies
  const provider = await getProvider(dependencies, id)
  const scope = { cityCode: provider.cityCode, organisationId: provider.id }
  const isSelfEvaluation = provider.admissionStatus === 'self_evaluation' && input.status === 'credit_check'
  const actor = authorize(
    principal,
    isSelfEvaluation ? policies.submitSelfEvaluation : policies.admitProvider,
    scope,
  )
  const allowed = admissionTransitions[provider.admissionStatus] ?? []
  if (!allowed.includes(input.status)) {
    throw new AppError('ADMISSION_TRANSITION_INVALID', {
      from: provider.admissionStatus,
      to: input.status,
      allowed,
    })
  }
  if (admissionStatusesNeedingReason.includes(input.status) && input.reason === undefined) {
    throw new AppError('ADMISSION_REASON_REQUIRED', { status: input.status })
  }
  const noticeEndsOn = addCalendarDays(provider.admissionUpdatedOn, publicNoticeDays)
  if (provider.admissionStatus === 'public_notice' && input.status === 'active' && today() < noticeEndsOn) {
    throw new AppError('ADMISSION_PUBLIC_NOTICE_RUNNING', {
      noticeStartedOn: provider.admissionUpdatedOn,
      noticeEndsOn,
    })
  }
  return db.transaction(async (transaction) => {
    const updated = await repository.updateProvider(transaction, id, {
      admissionStatus: input.status,
      admissionUpdatedOn: today(),
    })
    await providerAudit.record(transaction, actor, 'admission', provider, {
      from: provider.admissionStatus,
      to: input.status,
      reason: input.reason ?? null,
    })
    return updated ?? provider
  })
}
