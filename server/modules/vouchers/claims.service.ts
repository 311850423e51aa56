// Claims (申领) and the vouchers they issue: a firm claims under a scheme of its city; an officer of the issuing
// city approves (possibly less) or rejects with a reason; approval issues a real-name voucher from the budget.
import type { Database } from '../../db/client'
import { auditTrail } from '../../platform/audit'
import { authorize, requirePrincipal, type Principal } from '../../platform/authorization'
import { AppError, assert, orRefuse } from '../../platform/errors'
import { notify, resolveTasks } from '../../platform/notifications'
import { actorIdOf, runTransition } from '../../platform/workflow'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import type { ExportTable } from '../../platform/export'
import { claimExportColumns, type ClaimExportItem } from './claims.export'
import * as repository from './claims.repository'
import * as ledger from './ledger.repository'
import type { RegistryAccess } from './registry-access'
import {
  brokenCap,
  checkUtilisationGate,
  formatVoucherNumber,
  isFirmEligible,
  shanghaiYearBounds,
  shanghaiYearOf,
  voucherExpiresAt,
} from './rules'
import * as schemesRepository from './schemes.repository'
import type { SchemesService } from './schemes.service'
import { approvalDetail, claimDecided, claimWaiting } from './vouchers.notices'
import { claimWorkflow } from './vouchers.workflows'
import { listScopeOf, voucherPolicies as policies } from './vouchers.policies'
import { isOneOf } from '../../platform/stored'
import { eligibilityCriteria } from './vouchers.reference'
import * as vouchersRepository from './vouchers.repository'
import type {
  ApproveClaimInput,
  ClaimQueryInput,
  CreateClaimInput,
  RejectClaimInput,
} from './vouchers.schemas'

const voucherClaimAudit = auditTrail('voucher_claim')

type SchemeRules = Pick<
  schemesRepository.SchemeRow,
  'id' | 'claimCapFen' | 'firmYearCapFen' | 'firmTotalCapFen' | 'utilisationGatePercent'
>

interface ClaimsDependencies {
  db: Database
  registry: RegistryAccess
  schemes: SchemesService
}

/** Caps (per claim, per firm this year, per firm in total) and the utilisation gate, for one amount. */
async function requireWithinRules(
  db: Database,
  scheme: SchemeRules,
  firmId: string,
  amountFen: number,
  now: Date,
) {
  const sums = await repository.approvedSums(db, scheme.id, firmId, shanghaiYearBounds(shanghaiYearOf(now)))
  const broken = brokenCap({
    amountFen,
    claimCapFen: scheme.claimCapFen,
    firmYearCapFen: scheme.firmYearCapFen,
    firmTotalCapFen: scheme.firmTotalCapFen,
    ...sums,
  })
  if (broken !== null) {
    throw new AppError(broken.code, {
      amountFen,
      capFen: broken.capFen,
      alreadyApprovedFen: broken.alreadyFen,
      remainingFen: broken.remainingFen,
    })
  }
  const holdings = await vouchersRepository.holdingsOf(db, scheme.id, firmId)
  const gate = checkUtilisationGate({ gatePercent: scheme.utilisationGatePercent, ...holdings })
  if (!gate.passes) {
    throw new AppError('UTILISATION_GATE_NOT_MET', {
      usedPercent: gate.usedPercent,
      requiredPercentOver: scheme.utilisationGatePercent,
      heldFen: holdings.heldFen,
      usedFen: holdings.usedFen,
    })
  }
}

/** A firm reads its claims newest first; the review queue asks for the waiting ones, oldest first. */
const claimSortDefault = '-createdAt'

async function findClaim(dependencies: ClaimsDependencies, id: string) {
  return orRefuse(await repository.findClaim(dependencies.db, id), 'CLAIM_NOT_FOUND', { claimId: id })
}

async function getClaim(dependencies: ClaimsDependencies, principal: Principal | null, id: string) {
  const claim = await findClaim(dependencies, id)
  authorize(principal, policies.readClaim, { cityCode: claim.cityCode, organisationId: claim.firmId })
  return claim
}

async function listClaims(
  dependencies: ClaimsDependencies,
  principal: Principal | null,
  query: ClaimQueryInput,
) {
  const { db } = dependencies
  const scope = listScopeOf(principal, policies.readClaim, { cityCode: query.city, firmId: query.firm })
  const page = sortedPageRequest(query, claimSortDefault)
  const read = await repository.listClaims(
    db,
    { ...scope, schemeId: query.scheme, status: query.status, q: query.q },
    page,
  )
  return toListPage(page, read, (claim) => sortValueOf(claim, page.order.key))
}

/**
 * The claims list as an export: the list's read with the export's row bound instead of a page size, so the file holds
 * what the screen shows in the same order, with the names of firms and schemes.
 */
async function exportClaims(
  dependencies: ClaimsDependencies,
  principal: Principal | null,
  query: ClaimQueryInput,
  rowsMax: number,
): Promise<ExportTable<ClaimExportItem>> {
  const page = await listClaims(dependencies, principal, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'voucher-claims',
    sheetName: 'claims',
    columns: claimExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

function sortValueOf(claim: repository.ClaimWithVoucher, key: repository.ClaimSortKey) {
  return claim[key]
}

async function submitClaim(
  dependencies: ClaimsDependencies,
  principal: Principal | null,
  input: CreateClaimInput,
) {
  const { db, registry, schemes } = dependencies
  const caller = requirePrincipal(principal)
  const firmId = input.firmId ?? (caller.role === 'firm' ? caller.organisationId : null)
  if (firmId === null) {
    throw new AppError('VALIDATION_FAILED', { problems: [{ path: '/firmId', rule: 'required' }] })
  }
  const firm = await registry.getFirm(firmId)
  const actor = authorize(caller, policies.submitClaim, {
    cityCode: firm.cityCode,
    organisationId: firm.id,
  })
  const scheme = await schemes.getScheme(input.schemeId)
  if (scheme.status !== 'open') throw new AppError('SCHEME_CLOSED', { schemeId: scheme.id })
  if (firm.cityCode !== scheme.cityCode) {
    throw new AppError('FIRM_NOT_IN_SCHEME_CITY', {
      firmCityCode: firm.cityCode,
      schemeCityCode: scheme.cityCode,
    })
  }
  const criteria = scheme.eligibleFirms.filter((value) => isOneOf(eligibilityCriteria, value))
  if (!isFirmEligible(firm, criteria)) {
    throw new AppError('FIRM_NOT_ELIGIBLE', { eligibleFirms: scheme.eligibleFirms })
  }
  // Checked here so the firm hears at once; checked again under lock when the officer approves.
  await requireWithinRules(db, scheme, firm.id, input.requestedAmountFen, new Date())
  return db.transaction(async (transaction) => {
    const inserted = await repository.insertClaim(transaction, {
      id: newId('vclm'),
      schemeId: scheme.id,
      firmId: firm.id,
      cityCode: scheme.cityCode,
      requestedAmountFen: input.requestedAmountFen,
      purpose: input.purpose,
      submittedByUserId: actor.userId,
    })
    if (inserted === undefined) {
      throw new AppError('CLAIM_ALREADY_PENDING', { schemeId: scheme.id, firmId: firm.id })
    }
    await notify(transaction, [claimWaiting(inserted)])
    await voucherClaimAudit.record(transaction, actor, 'submit', inserted, {
      schemeId: scheme.id,
      firmId: firm.id,
      requestedAmountFen: input.requestedAmountFen,
    })
    return {
      ...inserted,
      voucherId: null,
      firmNameZh: firm.nameZh,
      firmNameEn: firm.nameEn,
      schemeNameZh: scheme.nameZh,
      schemeNameEn: scheme.nameEn,
    }
  })
}

/**
 * Approval issues the voucher. The budget account is locked first, which serialises approvals under one
 * scheme: the caps, the gate and the budget are checked against every earlier approval.
 */
async function issueVoucher(
  transaction: Database,
  locked: repository.ClaimRow,
  firm: { nameZh: string; creditCode: string },
  actorUserId: string,
  input: ApproveClaimInput,
) {
  const scheme = await schemesRepository.findScheme(transaction, locked.schemeId)
  assert(scheme !== undefined, `scheme ${locked.schemeId} of claim ${locked.id} is missing`)
  const amountFen = input.approvedAmountFen ?? locked.requestedAmountFen
  if (amountFen > locked.requestedAmountFen) {
    throw new AppError('CLAIM_APPROVAL_OVER_REQUEST', {
      approvedAmountFen: amountFen,
      requestedAmountFen: locked.requestedAmountFen,
    })
  }
  const budgetFen = await ledger.lockAccount(transaction, scheme.budgetAccountId)
  const now = new Date()
  await requireWithinRules(transaction, scheme, locked.firmId, amountFen, now)
  if (budgetFen < amountFen) {
    throw new AppError('SCHEME_BUDGET_INSUFFICIENT', { budgetAvailableFen: budgetFen, amountFen })
  }
  const year = shanghaiYearOf(now)
  const serial = await vouchersRepository.nextVoucherSerial(transaction, scheme.cityCode, year)
  const voucherId = newId('vch')
  const accountId = newId('lacc')
  const reservationAccountId = newId('lacc')
  await ledger.insertAccounts(transaction, [
    { id: accountId, kind: 'voucher', ownerId: voucherId, cityCode: scheme.cityCode },
    { id: reservationAccountId, kind: 'reservation', ownerId: voucherId, cityCode: scheme.cityCode },
  ])
  const voucher = await vouchersRepository.insertVoucher(transaction, {
    id: voucherId,
    number: formatVoucherNumber(scheme.cityCode, year, serial),
    schemeId: scheme.id,
    claimId: locked.id,
    firmId: locked.firmId,
    holderNameZh: firm.nameZh,
    holderCreditCode: firm.creditCode,
    cityCode: scheme.cityCode,
    amountFen,
    accountId,
    reservationAccountId,
    issuedAt: now,
    expiresAt: voucherExpiresAt(now, scheme.validityDays),
  })
  const transferId = await ledger.transfer(transaction, {
    kind: 'issue',
    fromAccountId: scheme.budgetAccountId,
    toAccountId: accountId,
    amountFen,
    reference: locked.id,
    actorUserId,
  })
  await repository.recordDecision(transaction, locked.id, {
    status: 'approved',
    approvedAmountFen: amountFen,
    decisionReason: input.note ?? null,
    decidedByUserId: actorUserId,
    decidedAt: now,
  })
  return { requestedAmountFen: locked.requestedAmountFen, approvedAmountFen: amountFen, voucher, transferId }
}

/** An officer of the issuing city (or the corridor office), never the claim's submitter (claimWorkflow). */
async function approveClaim(
  dependencies: ClaimsDependencies,
  principal: Principal | null,
  id: string,
  input: ApproveClaimInput,
) {
  const { db, registry } = dependencies
  const firm = await registry.getFirm((await findClaim(dependencies, id)).firmId)
  const issued = await runTransition(db, claimWorkflow, {
    principal,
    id,
    action: 'approve',
    apply: async (transaction, locked, move) => {
      const issued = await issueVoucher(transaction, locked, firm, actorIdOf(move), input)
      await resolveTasks(transaction, { type: 'voucher_claim', id })
      await notify(transaction, [
        claimDecided(locked, 'approved', approvalDetail(issued.voucher.number, issued.approvedAmountFen)),
      ])
      return issued
    },
    auditDetails: ({ voucher, ...amounts }) => ({
      ...amounts,
      voucherId: voucher.id,
      voucherNumber: voucher.number,
    }),
  })
  const voucher = await vouchersRepository.findVoucher(db, issued.voucher.id)
  assert(voucher !== undefined, `voucher ${issued.voucher.id} was not stored`)
  return { claim: await findClaim(dependencies, id), voucher }
}

async function rejectClaim(
  dependencies: ClaimsDependencies,
  principal: Principal | null,
  id: string,
  input: RejectClaimInput,
) {
  const { db } = dependencies
  await runTransition(db, claimWorkflow, {
    principal,
    id,
    action: 'reject',
    apply: async (transaction, locked, move) => {
      await repository.recordDecision(transaction, id, {
        status: 'rejected',
        approvedAmountFen: null,
        decisionReason: input.reason,
        decidedByUserId: actorIdOf(move),
        decidedAt: new Date(),
      })
      await resolveTasks(transaction, { type: 'voucher_claim', id })
      await notify(transaction, [claimDecided(locked, 'rejected', input.reason)])
    },
    auditDetails: () => ({ reason: input.reason }),
  })
  return { claim: await findClaim(dependencies, id), voucher: null }
}

export function createClaimsService(db: Database, registry: RegistryAccess, schemes: SchemesService) {
  const dependencies: ClaimsDependencies = { db, registry, schemes }
  return {
    getClaim: getClaim.bind(null, dependencies),
    listClaims: listClaims.bind(null, dependencies),
    exportClaims: exportClaims.bind(null, dependencies),
    submitClaim: submitClaim.bind(null, dependencies),
    approveClaim: approveClaim.bind(null, dependencies),
    rejectClaim: rejectClaim.bind(null, dependencies),
  }
}

export type ClaimsService = ReturnType<typeof createClaimsService>
