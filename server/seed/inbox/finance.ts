// What the referrals told whom (finance.notices.ts): the institution's task for each referral, ended by its decision,
// the firm's withdrawal or a revoked consent; and the firm's update when the institution decided.
import type { FinanceDemoData } from '../../modules/finance/seed'
import { referralDecided, referralWaiting } from '../../modules/finance/finance.notices'
import { msOf, task, update, type Notice } from './notices'

export function referralNotices(finance: FinanceDemoData): Notice[] {
  return finance.referrals.flatMap((referral) => {
    const id = referral.id ?? ''
    const parties = { ...referral, id }
    const referredMs = msOf(referral.createdAt, `referral ${id}`)
    const decidedMs = referral.decidedAt?.getTime() ?? null
    const waiting = referral.status === 'referred' && (referral.consentRevokedAt ?? null) === null
    const doneMs = waiting
      ? null
      : (decidedMs ?? referral.consentRevokedAt?.getTime() ?? msOf(referral.updatedAt, `referral ${id}`))
    const notices = [task(referralWaiting(parties), referredMs, doneMs)]
    if (decidedMs === null) return notices
    const approved = referral.status !== 'declined'
    const detail = approved
      ? `¥${((referral.approvedAmountFen ?? 0) / 100).toFixed(0)} · ${referral.termMonths ?? ''}`
      : (referral.declineReason ?? '')
    notices.push(update(referralDecided(parties, approved ? 'approved' : 'declined', detail), decidedMs))
    return notices
  })
}
