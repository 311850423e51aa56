// Claims and the vouchers they issue: a firm claims under a scheme, the scheme's city decides, and an approved
// claim within the budget and the caps issues a voucher from the scheme's budget.
import type { SeedFirm } from '../../../seed/support/organisations'
import { brokenCap, isFirmEligible, shanghaiYearOf, voucherExpiresAt } from '../rules'
import { claimWorkflow } from '../vouchers.workflows'
import { voucherTexts } from './catalogue'
import { openAccount, transfer, type VoucherSeed } from './state'
import { withId, type Claim, type ClaimRow, type Scheme, type Voucher, type VoucherRow } from './types'

export function isEligible(firm: SeedFirm, scheme: Scheme): boolean {
  return isFirmEligible(
    {
      isTechSme: firm.isTechSme === true,
      isHighTech: firm.isHighTech === true,
      parkId: firm.parkId ?? null,
    },
    scheme.definition.eligibleFirms,
  )
}

/** What the scheme has already approved for the firm: in the Shanghai year of `atMs`, and ever. */
function approvedFor(seed: VoucherSeed, scheme: Scheme, firmId: string, atMs: number) {
  const year = shanghaiYearOf(new Date(atMs))
  return {
    yearKey: `${scheme.row.id}/${firmId}/${year}`,
    firmKey: `${scheme.row.id}/${firmId}`,
    thisYearFen: seed.approvedByFirmYear.get(`${scheme.row.id}/${firmId}/${year}`) ?? 0,
    totalFen: seed.approvedByFirm.get(`${scheme.row.id}/${firmId}`) ?? 0,
  }
}

/** The most the caps let the firm be approved now: per claim, per year, in all. */
export function capRoomFen(seed: VoucherSeed, scheme: Scheme, firmId: string, atMs: number): number {
  const approved = approvedFor(seed, scheme, firmId, atMs)
  return Math.min(
    scheme.definition.claimCapFen,
    scheme.definition.firmYearCapFen - approved.thisYearFen,
    scheme.definition.firmTotalCapFen - approved.totalFen,
  )
}

export function submitClaim(
  seed: VoucherSeed,
  scheme: Scheme,
  firm: SeedFirm,
  submittedAtMs: number,
  requestedAmountFen: number,
  purpose: string,
): Claim {
  const row = withId<ClaimRow & { status: string }>({
    id: seed.makeId('vclm', submittedAtMs),
    schemeId: scheme.row.id,
    firmId: firm.id,
    cityCode: scheme.definition.cityCode,
    requestedAmountFen,
    approvedAmountFen: null,
    purpose,
    status: 'submitted',
    decisionReason: null,
    submittedByUserId: seed.userOfOrganisation(firm.id),
    decidedByUserId: null,
    decidedAt: null,
    isSynthetic: true,
    createdAt: new Date(submittedAtMs),
    updatedAt: new Date(submittedAtMs),
  })
  seed.out.claims.push(row)
  return { row, scheme, firm }
}

export function rejectClaim(claim: Claim, atMs: number, reason: string) {
  Object.assign(claim.row, {
    status: claimWorkflow.moveFrom(claim.row.status, 'reject'),
    decisionReason: reason,
    decidedByUserId: claim.scheme.officer,
    decidedAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
}

/** Issues the voucher when the budget and the caps allow; otherwise the claim is rejected for the budget. */
export function approveClaim(
  seed: VoucherSeed,
  claim: Claim,
  atMs: number,
  amountFen: number,
  note: string | null,
): Voucher | null {
  const scheme = claim.scheme
  const year = shanghaiYearOf(new Date(atMs))
  const issued = scheme.issuedByYear.get(year) ?? 0
  if (issued + amountFen > scheme.definition.annualBudgetFen) {
    rejectClaim(claim, atMs, voucherTexts.budgetExhaustedReason)
    return null
  }
  const approved = approvedFor(seed, scheme, claim.firm.id, atMs)
  const caps = {
    amountFen,
    claimCapFen: scheme.definition.claimCapFen,
    firmYearCapFen: scheme.definition.firmYearCapFen,
    firmTotalCapFen: scheme.definition.firmTotalCapFen,
    approvedThisYearFen: approved.thisYearFen,
    approvedTotalFen: approved.totalFen,
  }
  if (brokenCap(caps) !== null) throw new Error('a seeded claim breaks a cap')
  scheme.issuedByYear.set(year, issued + amountFen)
  seed.approvedByFirmYear.set(approved.yearKey, approved.thisYearFen + amountFen)
  seed.approvedByFirm.set(approved.firmKey, approved.totalFen + amountFen)
  Object.assign(claim.row, {
    status: claimWorkflow.moveFrom(claim.row.status, 'approve'),
    approvedAmountFen: amountFen,
    decisionReason: note,
    decidedByUserId: scheme.officer,
    decidedAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
  return issueVoucher(seed, claim, atMs, amountFen)
}

function issueVoucher(seed: VoucherSeed, claim: Claim, atMs: number, amountFen: number): Voucher {
  const scheme = claim.scheme
  const id = seed.makeId('vch', atMs)
  const expiresAtMs = voucherExpiresAt(new Date(atMs), scheme.definition.validityDays).getTime()
  const accountId = openAccount(seed, 'voucher', id, scheme.definition.cityCode, atMs)
  const reservationAccountId = openAccount(seed, 'reservation', id, scheme.definition.cityCode, atMs)
  const row = withId<VoucherRow & { amountFen: number }>({
    id,
    number: '',
    schemeId: scheme.row.id,
    claimId: claim.row.id,
    firmId: claim.firm.id,
    holderNameZh: claim.firm.nameZh,
    holderCreditCode: claim.firm.creditCode,
    cityCode: scheme.definition.cityCode,
    amountFen,
    accountId,
    reservationAccountId,
    status: 'active',
    issuedAt: new Date(atMs),
    expiresAt: new Date(expiresAtMs),
    isSynthetic: true,
    createdAt: new Date(atMs),
    updatedAt: new Date(atMs),
  })
  seed.out.vouchers.push(row)
  const route = { from: scheme.budgetAccountId, to: accountId }
  transfer(seed, 'issue', route, amountFen, claim.row.id, scheme.officer, atMs)
  const voucher: Voucher = {
    row,
    scheme,
    firm: claim.firm,
    holder: seed.userOfOrganisation(claim.firm.id),
    issuedAtMs: atMs,
    expiresAtMs,
    unreservedFen: amountFen,
    releasedFen: 0,
  }
  seed.vouchers.push(voucher)
  return voucher
}
