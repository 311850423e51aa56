// Consent-gated referrals: the firm refers its need to a product and, in the same act, lets that institution read
// its indicators; it may revoke that at any time. Every read is in the audit log. The institution decides
// (approved amount, rate and term, or declined with a reason) and records the drawdown.
import type { Database } from '../../db/client'
import { auditTrail, recordAudit } from '../../platform/audit'
import { notify, resolveTasks } from '../../platform/notifications'
import { authorize, isAllowed, type Principal } from '../../platform/authorization'
import { AppError, assert, orRefuse } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import { financePolicies as policies } from './finance.policies'
import { lendingTypes, type ProductType, type ReferralStatus } from './finance.reference'
import * as needsRepository from './needs.repository'
import * as productsRepository from './products.repository'
import { referralDecided, referralWaiting } from './finance.notices'
import * as repository from './referrals.repository'
import { referralExportColumns } from './referrals.export'
import type { CreateReferralInput, DecideReferralInput, ReferralQueryInput } from './finance.schemas'
import { failedConditions } from './matching'
import type { NeedsService } from './needs.service'
import type { FinanceRegistryAccess } from './products.service'
import type { ScoresService } from './scores.service'
import type { MatchingCatalogue } from './catalogue'
import { shanghaiDateOf } from '../../platform/calendar'

const financeReferralAudit = auditTrail('finance_referral')
/** A history unless asked otherwise; the institution's queue asks for its waiting referrals oldest first. */
const referralSortDefault = '-createdAt'

type Referral = repository.ReferralRow

const referralTransitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  referred: ['approved', 'declined', 'withdrawn'],
  approved: ['drawn'],
  declined: [],
  drawn: [],
  withdrawn: [],
}

interface ReferralsDependencies {
  db: Database
  registry: FinanceRegistryAccess
  needs: NeedsService
  scores: ScoresService
  catalogue: MatchingCatalogue
}

function requireTransition(from: string, to: ReferralStatus) {
  const allowed = (referralTransitions as Record<string, readonly ReferralStatus[]>)[from] ?? []
  if (!allowed.includes(to)) throw new AppError('REFERRAL_TRANSITION_INVALID', { from, to, allowed })
}

async function findReferral(dependencies: ReferralsDependencies, id: string) {
  return orRefuse(await repository.findReferral(dependencies.db, id), 'REFERRAL_NOT_FOUND', {
    referralId: id,
  })
}

/** The institution reaches its own referrals; the firm side (firm, its city's officers, the office) the firm's. */
function authorizeReferral(principal: Principal | null, referral: Referral): Principal {
  const institutionScope = { organisationId: referral.institutionId }
  if (principal !== null && isAllowed(principal, policies.readReferralAsInstitution, institutionScope))
    return principal
  return authorize(principal, policies.readReferralAsFirmSide, {
    cityCode: referral.firmCityCode,
    organisationId: referral.firmId,
  })
}

/** One referral with its firm, product and institution named, for whoever may read it. */
async function getReferral(dependencies: ReferralsDependencies, principal: Principal | null, id: string) {
  const referral = orRefuse(await repository.findNamedReferral(dependencies.db, id), 'REFERRAL_NOT_FOUND', {
    referralId: id,
  })
  authorizeReferral(principal, referral)
  return referral
}

async function listReferrals(
  dependencies: ReferralsDependencies,
  principal: Principal | null,
  query: ReferralQueryInput,
) {
  const { db } = dependencies
  const actor = authorize(
    principal,
    { ...policies.readReferralAsFirmSide, ...policies.readReferralAsInstitution },
    { cityCode: principal?.cityCode ?? null, organisationId: principal?.organisationId ?? null },
  )
  const filter = {
    institutionId: actor.role === 'financier' ? (actor.organisationId ?? '') : undefined,
    firmId: actor.role === 'firm' ? (actor.organisationId ?? '') : undefined,
    cityCode:
      actor.role === 'city_officer' || actor.role === 'workstation' ? (actor.cityCode ?? '') : undefined,
    status: query.status,
    needId: query.need,
  }
  const page = sortedPageRequest(query, referralSortDefault)
  const read = await repository.listReferrals(db, filter, page)
  return toListPage(page, read, (referral) => referral[page.order.key])
}

/** The referrals list as a file: the list's own read (and its refusals), bounded by the export's rows. */
async function exportReferrals(
  dependencies: ReferralsDependencies,
  principal: Principal | null,
  query: ReferralQueryInput,
  rowsMax: number,
): Promise<ExportTable<repository.NamedReferralRow>> {
  const page = await listReferrals(dependencies, principal, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'finance-referrals',
    sheetName: 'referrals',
    columns: referralExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

async function createReferral(
  dependencies: ReferralsDependencies,
  principal: Principal | null,
  input: CreateReferralInput,
) {
  const { db, needs } = dependencies
  const need = await needs.getNeed(principal, input.needId)
  const actor = authorize(principal, policies.refer, {
    cityCode: need.cityCode,
    organisationId: need.firmId,
  })
  if (need.status === 'closed') throw new AppError('NEED_CLOSED', { needId: need.id })
  const product = await productsRepository.findProduct(db, input.productId)
  if (product === undefined || product.status !== 'active') {
    throw new AppError('FINANCE_PRODUCT_NOT_FOUND', { productId: input.productId })
  }
  const firm = await needs.matchFirm(need.firmId)
  const failed = failedConditions(
    {
      productType: need.productType as ProductType,
      amountFen: need.amountFen,
      termMonths: need.termMonths,
    },
    firm,
    product,
  )
  if (failed.length > 0) throw new AppError('REFERRAL_PRODUCT_NOT_ELIGIBLE', { failed })
  const now = new Date()
  return db.transaction(async (transaction) => {
    const inserted = await repository.insertReferral(transaction, {
      id: newId('fref'),
      needId: need.id,
      firmId: need.firmId,
      firmCityCode: need.cityCode,
      productId: product.id,
      institutionId: product.institutionId,
      productType: product.productType,
      requestedAmountFen: need.amountFen,
      consentGrantedAt: now,
      consentGrantedByUserId: actor.userId,
    })
    if (inserted === undefined)
      throw new AppError('REFERRAL_EXISTS', { needId: need.id, productId: product.id })
    await needsRepository.setNeedStatus(transaction, need.id, 'referred')
    await notify(transaction, [referralWaiting(inserted)])
    await financeReferralAudit.record(
      transaction,
      actor,
      'create_with_consent',
      { id: inserted.id, cityCode: need.cityCode },
      { needId: need.id, productId: product.id, institutionId: product.institutionId },
    )
    return inserted
  })
}

async function revokeConsent(dependencies: ReferralsDependencies, principal: Principal | null, id: string) {
  const { db } = dependencies
  const referral = await findReferral(dependencies, id)
  const actor = authorize(principal, policies.refer, {
    cityCode: referral.firmCityCode,
    organisationId: referral.firmId,
  })
  return db.transaction(async (transaction) => {
    const locked = await repository.lockReferral(transaction, id)
    assert(locked !== undefined, `referral ${id} vanished`)
    if (locked.consentRevokedAt !== null) return locked
    const updated = await repository.updateReferral(transaction, id, { consentRevokedAt: new Date() })
    // without consent the institution can no longer act on it
    await resolveTasks(transaction, { type: 'finance_referral', id })
    await financeReferralAudit.record(
      transaction,
      actor,
      'revoke_consent',
      { id, cityCode: locked.firmCityCode },
      { institutionId: locked.institutionId },
    )
    return updated
  })
}

/** The firm's score card for the institution, only under live consent; the read itself is audited. */
async function firmIndicators(dependencies: ReferralsDependencies, principal: Principal | null, id: string) {
  const { db, registry, scores } = dependencies
  const referral = await findReferral(dependencies, id)
  const actor = authorize(principal, policies.readReferralAsInstitution, {
    organisationId: referral.institutionId,
  })
  if (referral.consentRevokedAt !== null) throw new AppError('CONSENT_REQUIRED', { referralId: id })
  const firm = await registry.getFirm(referral.firmId)
  const score = await scores.presentableScore(firm, shanghaiDateOf())
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: 'firm_indicators.read',
    entityType: 'firm',
    entityId: firm.id,
    cityCode: firm.cityCode,
    details: { referralId: id, institutionId: referral.institutionId },
  })
  return { firmId: firm.id, referralId: id, score }
}

async function decide(
  dependencies: ReferralsDependencies,
  principal: Principal | null,
  id: string,
  input: DecideReferralInput,
) {
  const { db, catalogue } = dependencies
  const referral = await findReferral(dependencies, id)
  const actor = authorize(principal, policies.decideReferral, { organisationId: referral.institutionId })
  const product = await productsRepository.findProduct(db, referral.productId)
  assert(product !== undefined, `product ${referral.productId} of referral ${id} is missing`)
  if (input.decision === 'approved') {
    if (input.approvedAmountFen < product.amountMinFen || input.approvedAmountFen > product.amountMaxFen) {
      throw new AppError('DECISION_AMOUNT_OUT_OF_RANGE', {
        approvedAmountFen: input.approvedAmountFen,
        amountMinFen: product.amountMinFen,
        amountMaxFen: product.amountMaxFen,
      })
    }
    if (input.termMonths < product.termMinMonths || input.termMonths > product.termMaxMonths) {
      throw new AppError('DECISION_TERM_OUT_OF_RANGE', {
        termMonths: input.termMonths,
        termMinMonths: product.termMinMonths,
        termMaxMonths: product.termMaxMonths,
      })
    }
    const isLending = lendingTypes.includes(product.productType as ProductType)
    if (
      isLending &&
      (input.rateBps === undefined || (product.rateCapBps !== null && input.rateBps > product.rateCapBps))
    ) {
      throw new AppError('DECISION_RATE_ABOVE_CAP', {
        rateBps: input.rateBps ?? null,
        rateCapBps: product.rateCapBps,
      })
    }
  }
  const decided = await db.transaction(async (transaction) => {
    const locked = await repository.lockReferral(transaction, id)
    assert(locked !== undefined, `referral ${id} vanished`)
    requireTransition(locked.status, input.decision)
    const updated = await repository.updateReferral(
      transaction,
      id,
      input.decision === 'approved'
        ? {
            status: 'approved',
            approvedAmountFen: input.approvedAmountFen,
            rateBps: input.rateBps ?? null,
            termMonths: input.termMonths,
            decidedAt: new Date(),
          }
        : { status: 'declined', declineReason: input.reason, decidedAt: new Date() },
    )
    await resolveTasks(transaction, { type: 'finance_referral', id })
    await notify(transaction, [
      referralDecided(
        updated,
        input.decision,
        input.decision === 'approved'
          ? `¥${(input.approvedAmountFen / 100).toFixed(0)} · ${input.termMonths}`
          : input.reason,
      ),
    ])
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: `finance_referral.${input.decision}`,
      entityType: 'finance_referral',
      entityId: id,
      cityCode: locked.firmCityCode,
      details: input,
    })
    return updated
  })
  // The institution's approval rate, which ranking weighs, has changed.
  catalogue.invalidate()
  return decided
}

async function drawdown(
  dependencies: ReferralsDependencies,
  principal: Principal | null,
  id: string,
  drawnAmountFen: number,
) {
  const { db } = dependencies
  const referral = await findReferral(dependencies, id)
  const actor = authorize(principal, policies.decideReferral, { organisationId: referral.institutionId })
  return db.transaction(async (transaction) => {
    const locked = await repository.lockReferral(transaction, id)
    assert(locked !== undefined, `referral ${id} vanished`)
    requireTransition(locked.status, 'drawn')
    if (locked.approvedAmountFen === null || drawnAmountFen > locked.approvedAmountFen) {
      throw new AppError('DECISION_AMOUNT_OUT_OF_RANGE', {
        drawnAmountFen,
        approvedAmountFen: locked.approvedAmountFen,
      })
    }
    const isFirstLoan =
      lendingTypes.includes(locked.productType as ProductType) &&
      !(await repository.firmHasDrawnBefore(transaction, locked.firmId))
    const updated = await repository.updateReferral(transaction, id, {
      status: 'drawn',
      drawnAmountFen,
      drawnAt: new Date(),
      isFirstLoan,
    })
    await needsRepository.setNeedStatus(transaction, locked.needId, 'closed')
    await financeReferralAudit.record(
      transaction,
      actor,
      'drawdown',
      { id, cityCode: locked.firmCityCode },
      { drawnAmountFen, isFirstLoan },
    )
    return updated
  })
}

export function createReferralsService(
  db: Database,
  registry: FinanceRegistryAccess,
  needs: NeedsService,
  scores: ScoresService,
  catalogue: MatchingCatalogue,
) {
  const dependencies: ReferralsDependencies = { db, registry, needs, scores, catalogue }
  return {
    getReferral: getReferral.bind(null, dependencies),
    listReferrals: listReferrals.bind(null, dependencies),
    exportReferrals: exportReferrals.bind(null, dependencies),
    createReferral: createReferral.bind(null, dependencies),
    revokeConsent: revokeConsent.bind(null, dependencies),
    firmIndicators: firmIndicators.bind(null, dependencies),
    decide: decide.bind(null, dependencies),
    drawdown: drawdown.bind(null, dependencies),
  }
}

export type ReferralsService = ReturnType<typeof createReferralsService>
