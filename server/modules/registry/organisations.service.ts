// Rules for the corridor's organisations: firms (with private figures), institutions and providers.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { createTtlCache } from '../../platform/cache'
import { authorize, type Principal } from '../../platform/authorization'
import { addCalendarDays, shanghaiDateOf } from '../../platform/calendar'
import { AppError } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import { isValidCreditCode } from './credit-code'
import * as repository from './organisations.repository'
import {
  admissionStatusesNeedingReason,
  admissionTransitions,
  officialFirmFields,
  publicNoticeDays,
  registryPolicies as policies,
} from './registry.policies'
import { findPark } from './registry.repository'
import type {
  AdmissionInput,
  CreateFirmInput,
  CreateInstitutionInput,
  CreateProviderInput,
  FirmQueryInput,
  InstitutionQueryInput,
  ProviderQueryInput,
  UpdateFirmInput,
  UpdateInstitutionInput,
  UpdateProviderInput,
} from './registry.schemas'
import type { StructureService } from './registry.service'
import { normaliseSearch, searchTextOf } from '../../db/search'
import { createFirmSearchIndex } from './firm-search.index'

/** Today in Shanghai (UTC+8 all year), the day the corridor's notices count in. */
const today = () => shanghaiDateOf()

function requireValidCreditCode(code: string) {
  if (!isValidCreditCode(code)) throw new AppError('CREDIT_CODE_INVALID', { creditCode: code })
}

export interface OrganisationsOptions {
  /** How long a firm search page may be served from memory; 0 turns the page cache off. */
  publicCacheMs: number
  /** How often the in-memory firm search picture checks for writes by other processes; 0 turns it off. */
  searchRefreshMs: number
}

/** Distinct firm searches kept at once. */
const firmPagesMax = 5000

export function createOrganisationsService(
  db: Database,
  structure: StructureService,
  options: OrganisationsOptions = { publicCacheMs: 0, searchRefreshMs: 0 },
) {
  const firmSearch = createFirmSearchIndex(db, { refreshMs: options.searchRefreshMs })
  const firmPages = createTtlCache<{ items: repository.FirmRow[]; nextCursor: string | null }>({
    ttlMs: options.publicCacheMs,
    entriesMax: firmPagesMax,
  })

  async function requireParkInCity(parkId: string | null | undefined, cityCode: string) {
    if (parkId === null || parkId === undefined) return
    const park = await findPark(db, parkId)
    if (park === undefined) throw new AppError('REFERENCE_UNKNOWN', { park: parkId })
    if (park.cityCode !== cityCode) throw new AppError('PARK_CITY_MISMATCH', { parkId, cityCode })
  }

  /**
   * Firm search is public and the hottest read of the platform: a page may be served from memory for
   * options.publicCacheMs (2 s by default). Any firm written in this process drops the cache at once.
   */
  async function listFirms(query: FirmQueryInput) {
    const key = JSON.stringify(Object.entries(query).sort(([left], [right]) => left.localeCompare(right)))
    const cached = firmPages.get(key)
    if (cached !== undefined) return cached.value
    const page = await pageById(query, (after, limit) => readFirms(query, after, limit))
    firmPages.set(key, page)
    return page
  }

  /**
   * A search term's page is served from the in-memory picture of the registry (firm-search.index.ts), which answers
   * in microseconds where a rare two-character term made PostgreSQL read every firm; without a term, or without a
   * picture, the database answers.
   */
  async function readFirms(filter: FirmQueryInput, after: string | null, limit: number) {
    const found =
      normaliseSearch(filter.q) === undefined ? undefined : firmSearch.findFirms(filter, after, limit + 1)
    return found ?? repository.listFirms(db, filter, after, limit)
  }

  /** A firm written here: neither a cached page nor the search picture may hide it. */
  function forgetFirmSearches() {
    firmPages.clear()
    firmSearch.markStale()
  }

  async function getFirm(id: string) {
    const firm = await repository.findFirm(db, id)
    if (firm === undefined) throw new AppError('FIRM_NOT_FOUND', { firmId: id })
    return firm
  }

  async function getFirmFigures(principal: Principal | null, id: string) {
    const firm = await getFirm(id)
    authorize(principal, policies.readFirmFigures, { cityCode: firm.cityCode, organisationId: firm.id })
    return {
      firmId: firm.id,
      researchSpendFen: firm.researchSpendFen,
      revenueFen: firm.revenueFen,
      staffCount: firm.staffCount,
      figuresReportedOn: firm.figuresReportedOn,
    }
  }

  async function createFirm(principal: Principal | null, input: CreateFirmInput) {
    const actor = authorize(principal, policies.createFirm, { cityCode: input.cityCode })
    requireValidCreditCode(input.creditCode)
    await structure.requireReference('city', input.cityCode)
    await structure.requireReference('industry', input.industryCode)
    await requireParkInCity(input.parkId, input.cityCode)
    const created = await db.transaction(async (transaction) => {
      const inserted = await repository.insertFirm(transaction, {
        ...input,
        id: newId('firm'),
        searchText: searchTextOf(input.nameZh, input.nameEn, input.creditCode),
      })
      if (inserted === undefined) throw new AppError('CREDIT_CODE_TAKEN', { creditCode: input.creditCode })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'firm.create',
        entityType: 'firm',
        entityId: inserted.id,
        cityCode: inserted.cityCode,
        details: input,
      })
      return inserted
    })
    forgetFirmSearches()
    return created
  }

  async function updateFirm(principal: Principal | null, id: string, changes: UpdateFirmInput) {
    const firm = await getFirm(id)
    const actor = authorize(principal, policies.updateFirm, {
      cityCode: firm.cityCode,
      organisationId: firm.id,
    })
    if (actor.role === 'firm') {
      const official = officialFirmFields.filter((field) => changes[field] !== undefined)
      if (official.length > 0) throw new AppError('FIELDS_NOT_EDITABLE', { fields: official })
    }
    await structure.requireReference('industry', changes.industryCode)
    await requireParkInCity(changes.parkId, firm.cityCode)
    const result = await db.transaction(async (transaction) => {
      const updated = await repository.updateFirm(transaction, id, {
        ...changes,
        searchText: searchTextOf(
          changes.nameZh ?? firm.nameZh,
          changes.nameEn ?? firm.nameEn,
          firm.creditCode,
        ),
      })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'firm.update',
        entityType: 'firm',
        entityId: id,
        cityCode: firm.cityCode,
        details: changes,
      })
      return updated ?? firm
    })
    forgetFirmSearches()
    return result
  }

  async function listInstitutions(query: InstitutionQueryInput) {
    return pageById(query, (after, limit) => repository.listInstitutions(db, query, after, limit))
  }

  async function getInstitution(id: string) {
    const institution = await repository.findInstitution(db, id)
    if (institution === undefined) throw new AppError('INSTITUTION_NOT_FOUND', { institutionId: id })
    return institution
  }

  async function createInstitution(principal: Principal | null, input: CreateInstitutionInput) {
    const actor = authorize(principal, policies.createInstitution, { cityCode: input.cityCode })
    await structure.requireReference('city', input.cityCode)
    return db.transaction(async (transaction) => {
      const inserted = await repository.insertInstitution(transaction, {
        ...input,
        id: newId('inst'),
        searchText: searchTextOf(input.nameZh, input.nameEn),
      })
      if (inserted === undefined) throw new Error('institution insert returned nothing')
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'institution.create',
        entityType: 'institution',
        entityId: inserted.id,
        cityCode: inserted.cityCode,
        details: input,
      })
      return inserted
    })
  }

  async function updateInstitution(principal: Principal | null, id: string, changes: UpdateInstitutionInput) {
    const institution = await getInstitution(id)
    const actor = authorize(principal, policies.updateInstitution, {
      cityCode: institution.cityCode,
      organisationId: institution.id,
    })
    return db.transaction(async (transaction) => {
      const updated = await repository.updateInstitution(transaction, id, {
        ...changes,
        searchText: searchTextOf(changes.nameZh ?? institution.nameZh, changes.nameEn ?? institution.nameEn),
      })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'institution.update',
        entityType: 'institution',
        entityId: id,
        cityCode: institution.cityCode,
        details: changes,
      })
      return updated ?? institution
    })
  }

  async function listProviders(query: ProviderQueryInput) {
    return pageById(query, (after, limit) => repository.listProviders(db, query, after, limit))
  }

  async function getProvider(id: string) {
    const provider = await repository.findProvider(db, id)
    if (provider === undefined) throw new AppError('PROVIDER_NOT_FOUND', { providerId: id })
    return provider
  }

  async function createProvider(principal: Principal | null, input: CreateProviderInput) {
    const actor = authorize(principal, policies.createProvider, { cityCode: input.cityCode })
    requireValidCreditCode(input.creditCode)
    await structure.requireReference('city', input.cityCode)
    return db.transaction(async (transaction) => {
      const inserted = await repository.insertProvider(transaction, {
        ...input,
        id: newId('prov'),
        admissionStatus: 'self_evaluation',
        admissionUpdatedOn: today(),
        searchText: searchTextOf(input.nameZh, input.nameEn, input.creditCode),
      })
      if (inserted === undefined) throw new AppError('CREDIT_CODE_TAKEN', { creditCode: input.creditCode })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'provider.create',
        entityType: 'provider',
        entityId: inserted.id,
        cityCode: inserted.cityCode,
        details: input,
      })
      return inserted
    })
  }

  async function updateProvider(principal: Principal | null, id: string, changes: UpdateProviderInput) {
    const provider = await getProvider(id)
    const actor = authorize(principal, policies.updateProvider, {
      cityCode: provider.cityCode,
      organisationId: provider.id,
    })
    return db.transaction(async (transaction) => {
      const updated = await repository.updateProvider(transaction, id, {
        ...changes,
        searchText: searchTextOf(
          changes.nameZh ?? provider.nameZh,
          changes.nameEn ?? provider.nameEn,
          provider.creditCode,
        ),
      })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'provider.update',
        entityType: 'provider',
        entityId: id,
        cityCode: provider.cityCode,
        details: changes,
      })
      return updated ?? provider
    })
  }

  /**
   * Admission: self-evaluation → credit check → 7-day public notice → active, then suspension or blacklist. The
   * provider hands in its self-evaluation; every other step is the city's, and the notice must have run 7 days.
   */
  async function changeAdmission(principal: Principal | null, id: string, input: AdmissionInput) {
    const provider = await getProvider(id)
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
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'provider.admission',
        entityType: 'provider',
        entityId: id,
        cityCode: provider.cityCode,
        details: { from: provider.admissionStatus, to: input.status, reason: input.reason ?? null },
      })
      return updated ?? provider
    })
  }

  return {
    listFirms,
    /** How the in-memory firm search picture stands, for /metrics and tests. */
    firmSearchStatus: firmSearch.status,
    /** Resolves when the picture's background load or check is done, for tests and shutdown. */
    firmSearchSettled: firmSearch.settled,
    getFirm,
    getFirmFigures,
    createFirm,
    updateFirm,
    listInstitutions,
    getInstitution,
    createInstitution,
    updateInstitution,
    listProviders,
    getProvider,
    createProvider,
    updateProvider,
    changeAdmission,
  }
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>
