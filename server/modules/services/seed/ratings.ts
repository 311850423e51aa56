// 好差评: about six in ten applicants rate a closed case within days of its end, mostly four or five stars for a case
// approved, lower for one refused or not accepted; low ratings mostly say why, as applicants write it.
import type { Random } from '../../../seed/random'
import { dayMs, hourMs } from '../../../seed/support/time'
import { closedCaseStatuses, type CaseStatus } from '../services.states'
import { serviceTexts } from './catalogue'
import { rate } from './course'
import type { ServiceSeed } from './state'

const ratedShare = 0.6
const stars = [1, 2, 3, 4, 5] as const
const starWeightsByStatus: Record<string, readonly number[]> = {
  approved: [2, 2, 6, 30, 60],
  refused: [20, 22, 30, 18, 10],
  not_accepted: [18, 20, 32, 20, 10],
  withdrawn: [5, 5, 20, 35, 35],
}
const commentShareByStars = [0, 0.9, 0.85, 0.6, 0.25, 0.3]

function commentOf(rating: number, random: Random): string | null {
  const comments = serviceTexts.ratingCommentsByRating[rating] ?? []
  return comments.length > 0 && random.chance(commentShareByStars[rating] ?? 0) ? random.pick(comments) : null
}

export function rateClosedCases(seed: ServiceSeed) {
  const random = seed.random.fork('ratings')
  for (const course of seed.courses) {
    const row = course.row
    const closed = closedCaseStatuses.includes(row.status as CaseStatus)
    if (!closed || row.decidedAt === null || course.keepUnrated || row.rating !== null) continue
    if (!random.chance(ratedShare)) continue
    const atMs = row.decidedAt.getTime() + hourMs + Math.pow(random.next(), 2) * 10 * dayMs
    if (atMs >= seed.latestMs) continue
    const rating = random.weightedPick(stars, starWeightsByStatus[row.status] ?? [1, 1, 1, 1, 1])
    rate(course, Math.floor(atMs), rating, commentOf(rating, random))
  }
}
