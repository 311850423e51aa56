// Where each workbench tile leads: the queue page with the filter its count was taken with (the server's test
// walks the same lists with the same filters), so the page shows as many rows as the tile says.
const tileQueues: Readonly<Record<string, string>> = {
  claimsToDecide: '/vouchers/review?status=submitted',
  redemptionsToReview: '/vouchers/redemptions?status=submitted',
  casesToAccept: '/services/intake',
  casesToDecide: '/services/deciding',
  casesOverdue: '/services/deciding?overdue=true',
  providersInNotice: '/vouchers/admissions?status=public_notice',
  redemptionsToConfirm: '/vouchers/redemptions?status=awaiting_confirmation',
  claimsSubmitted: '/vouchers/claims?status=submitted',
  bookingsToCome: '/instruments/bookings?scope=organisation&status=approved',
  referralsOpen: '/finance/referrals?status=referred',
  cases: '/services/cases',
  ordersToDeliver: '/vouchers/orders?status=reserved',
  bookingsToApprove: '/instruments/queue?view=requested',
  redemptionsAwaitingFirm: '/vouchers/redemptions?status=awaiting_confirmation',
  redemptionsAwaitingCity: '/vouchers/redemptions?status=submitted',
  referralsToAnswer: '/finance/queue?status=referred',
}

/**
 * The address a tile opens for the signed-in user: a workstation officer's cases open the case board filtered to
 * that officer (its columns before "closed" are the open ones; with "overdue" only those past their day).
 */
export function tileQueueOf(key: string, userId: string): string {
  const board = `/finance/cases?officer=${encodeURIComponent(userId)}`
  if (key === 'financeCasesOpen') return board
  if (key === 'financeCasesOverdue') return `${board}&overdue=true`
  return tileQueues[key] ?? '/'
}
