// The year of claims, scheme by scheme: a share of each city's eligible firms claim at moments spread over the year
// and its lead-in, the city decides, an approved claim's voucher is used, and without a utilisation gate some firms
// come back for more.
import type { Random } from '../../../seed/random'
import type { SeedFirm } from '../../../seed/support/organisations'
import { dayMs, workingMoment } from '../../../seed/support/time'
import { voucherTexts } from './catalogue'
import { approveClaim, capRoomFen, isEligible, rejectClaim, submitClaim } from './claims'
import { after, days, leadInDays, windowDays, type VoucherSeed } from './state'
import type { Scheme } from './types'
import { useVoucher } from './use'

/** A claim from submission to decision (if it came by the end), and the voucher's use; returns the decision
 * moment, or null when the claim is still open or was not made. */
function playClaim(
  seed: VoucherSeed,
  scheme: Scheme,
  firm: SeedFirm,
  submittedMs: number,
  schemeRandom: Random,
) {
  if (submittedMs >= seed.latestEventMs) return null
  const roomFen = capRoomFen(seed, scheme, firm.id, submittedMs)
  const claimCapFen = scheme.definition.claimCapFen
  const drawnFen = schemeRandom.chance(0.3)
    ? claimCapFen
    : Math.round((claimCapFen * (0.25 + 0.75 * schemeRandom.next())) / 1_000_00) * 1_000_00
  const requestedFen = Math.min(drawnFen, roomFen)
  if (requestedFen < 5_000_00) return null
  const purpose = schemeRandom.pick(voucherTexts.claimPurposes)
  const claim = submitClaim(seed, scheme, firm, submittedMs, requestedFen, purpose)
  const decideMs = after(submittedMs, days(seed, 1, 12))
  if (decideMs >= seed.latestEventMs) return null
  if (schemeRandom.chance(0.12)) {
    rejectClaim(claim, decideMs, schemeRandom.pick(voucherTexts.claimRejectionReasons))
    return decideMs
  }
  const reduced = schemeRandom.chance(0.12)
  const approvedFen = reduced
    ? Math.max(1_000_00, Math.floor((requestedFen * (0.5 + 0.4 * schemeRandom.next())) / 1_000_00) * 1_000_00)
    : requestedFen
  const voucher = approveClaim(
    seed,
    claim,
    decideMs,
    Math.min(approvedFen, capRoomFen(seed, scheme, firm.id, decideMs)),
    reduced ? schemeRandom.pick(voucherTexts.approvalNotes) : null,
  )
  if (voucher !== null) useVoucher(seed, voucher)
  return decideMs
}

export function playClaimsOfTheYear(seed: VoucherSeed, schemes: readonly Scheme[]): void {
  const { input, startMs } = seed
  for (const scheme of schemes) {
    const schemeRandom = seed.random.fork(`claims/${scheme.row.nameEn}`)
    const pool = schemeRandom.shuffle(
      input.firms.filter(
        (firm) =>
          firm.cityCode === scheme.definition.cityCode &&
          !seed.reservedFirmIds.has(firm.id) &&
          isEligible(firm, scheme),
      ),
    )
    const wanted = Math.max(
      input.figures.claimsPerSchemeMin,
      Math.round(pool.length * input.figures.claimShare * scheme.definition.claimWeight),
    )
    const count = Math.min(pool.length, wanted)
    for (const firm of pool.slice(0, count)) {
      const submittedMs = workingMoment(
        startMs + Math.floor(schemeRandom.next() * (windowDays + leadInDays - 2) * dayMs),
      )
      const decided = playClaim(seed, scheme, firm, submittedMs, schemeRandom)
      // Without a utilisation gate, some firms come back for more later in the year.
      if (decided !== null && scheme.definition.utilisationGatePercent === 0 && schemeRandom.chance(0.2)) {
        playClaim(seed, scheme, firm, after(decided, days(seed, 40, 200)), schemeRandom)
      }
    }
  }
}
