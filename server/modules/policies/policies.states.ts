// The words of policy matching: categories and payout modes of an item, the outcomes of a decision, and the states of
// an award and of an award list.

/** Sichuan's four kinds of clause: exemption 减免, award or subsidy 奖补, entitlement 权益, qualification 资质. */
export const itemCategories = ['exemption', 'award', 'entitlement', 'qualification'] as const
export type ItemCategory = (typeof itemCategories)[number]

/**
 * auto: paid without application (免申即享) once the issuing city approves the award list; fast_apply: the firm
 * confirms and is paid within the promised working days (快申快享); standard: applied for at the office as before.
 */
export const payoutModes = ['auto', 'fast_apply', 'standard'] as const
export type PayoutMode = (typeof payoutModes)[number]

/** who issues a policy: a city, or the corridor office (G60) */
export const corridorIssuerCode = 'G60'

/**
 * qualified: every condition holds; near: exactly one condition fails, and not one about where the firm is (worked
 * out when a firm looks, never stored by a run); not_qualified: stored when a firm that qualified no longer does.
 */
export const decisionOutcomes = ['qualified', 'near', 'not_qualified'] as const
export type DecisionOutcome = (typeof decisionOutcomes)[number]

/**
 * listed: on an auto item's award list, waiting for the city; offered: a fast_apply award waiting for the firm;
 * confirmed: the firm confirmed, the clock runs; paid; removed: taken off the list with a reason; lapsed: the
 * firm no longer qualified before it was paid.
 */
export const awardStatuses = ['listed', 'offered', 'confirmed', 'paid', 'removed', 'lapsed'] as const
export type AwardStatus = (typeof awardStatuses)[number]

export const awardListStatuses = ['open', 'approved'] as const
export type AwardListStatus = (typeof awardListStatuses)[number]

export const runStatuses = ['running', 'finished'] as const
export type RunStatus = (typeof runStatuses)[number]
