// What the voucher year told whom (vouchers.notices.ts): each claim the issuing city's officers decide, and the firm
// the decision; each redemption the firm confirms, then the issuing city's officers decide, and the provider the
// decision. A task ends with the move that does the work.
import {
  approvalDetail,
  claimDecided,
  claimWaiting,
  redemptionDecided,
  redemptionToConfirm,
  redemptionWaiting,
} from '../../modules/vouchers/vouchers.notices'
import type { VoucherDemoData } from '../../modules/vouchers/seed'
import { msOf, task, update, type Notice } from './notices'

function claimNotices(vouchers: VoucherDemoData): Notice[] {
  const voucherByClaim = new Map(vouchers.vouchers.map((voucher) => [voucher.claimId, voucher]))
  return vouchers.claims.flatMap((claim) => {
    const id = claim.id ?? ''
    const submittedMs = msOf(claim.createdAt, `claim ${id}`)
    const decidedMs = claim.status === 'submitted' ? null : msOf(claim.decidedAt, `claim ${id}'s decision`)
    const parties = {
      id,
      cityCode: claim.cityCode,
      firmId: claim.firmId,
      requestedAmountFen: claim.requestedAmountFen,
    }
    const notices = [task(claimWaiting(parties), submittedMs, decidedMs)]
    if (decidedMs === null) return notices
    if (claim.status === 'approved') {
      const voucher = voucherByClaim.get(id)
      const detail = approvalDetail(voucher?.number ?? '', claim.approvedAmountFen ?? 0)
      notices.push(update(claimDecided(parties, 'approved', detail), decidedMs))
    } else {
      notices.push(update(claimDecided(parties, 'rejected', claim.decisionReason ?? ''), decidedMs))
    }
    return notices
  })
}

function redemptionNotices(vouchers: VoucherDemoData): Notice[] {
  return vouchers.redemptions.flatMap((redemption) => {
    const id = redemption.id
    const parties = { ...redemption, id }
    const claimedMs = msOf(redemption.createdAt, `redemption ${id}`)
    const confirmedMs = redemption.confirmedAt?.getTime() ?? null
    const decidedMs = redemption.decidedAt?.getTime() ?? null
    const notices = [task(redemptionToConfirm(parties), claimedMs, confirmedMs ?? decidedMs)]
    if (confirmedMs !== null) notices.push(task(redemptionWaiting(parties), confirmedMs, decidedMs))
    if (decidedMs !== null) {
      const outcome = redemption.status === 'approved' ? 'approved' : 'rejected'
      notices.push(update(redemptionDecided(parties, outcome), decidedMs))
    }
    return notices
  })
}

export function voucherNotices(vouchers: VoucherDemoData): Notice[] {
  return [...claimNotices(vouchers), ...redemptionNotices(vouchers)]
}
