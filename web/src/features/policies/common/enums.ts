// The policy API's enumerations as lists (for filters, tags and tests), each checked against the generated types.
import { everyValueOf } from '../../../shared/ui/enums'
import type {
  AwardListStatus,
  AwardStatus,
  FactSource,
  ItemCategory,
  MatchOutcome,
  PayoutMode,
  RuleTestOutcome,
} from './policies.types'

export const itemCategories = everyValueOf<ItemCategory>()([
  'exemption',
  'award',
  'entitlement',
  'qualification',
])
export const payoutModes = everyValueOf<PayoutMode>()(['auto', 'fast_apply', 'standard'])
export const awardStatuses = everyValueOf<AwardStatus>()([
  'listed',
  'offered',
  'confirmed',
  'paid',
  'removed',
  'lapsed',
])
export const awardListStatuses = everyValueOf<AwardListStatus>()(['open', 'approved'])
export const matchOutcomes = everyValueOf<MatchOutcome>()(['qualified', 'near'])
export const testOutcomes = everyValueOf<RuleTestOutcome>()([
  'qualified',
  'near',
  'not_qualified',
  'out_of_scope',
])
/** where a fact comes from: a module's published view, or what a calculator user typed */
export const factSources = [
  ...everyValueOf<FactSource>()(['registry', 'finance', 'vouchers', 'instruments', 'licences']),
  'entered',
] as const

/** The corridor office issues policies as G60; a city officer edits and pays only its own city's items. */
export const corridorIssuerCode = 'G60'
