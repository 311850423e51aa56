// The closed sets of the insights module: kinds of flow, index scopes, indicator directions and scopes, and the
// G60 fund's industries, stages and rounds.

/** What crosses city lines, each in its own unit: fen of voucher money, instrument minutes, cases, fen lent, fen paid. */
export const flowKinds = ['voucher', 'instrument', 'case', 'credit', 'award'] as const
export type FlowKind = (typeof flowKinds)[number]

export const flowUnits = {
  voucher: 'fen',
  instrument: 'minutes',
  case: 'cases',
  credit: 'fen',
  award: 'fen',
} as const satisfies Record<FlowKind, string>

/** The corridor as a whole is the scope G60; a city's scope is its code. */
export const corridorScope = 'G60'

export const indicatorDirections = ['higher_is_better', 'lower_is_better'] as const
export type IndicatorDirection = (typeof indicatorDirections)[number]

export const indicatorScopes = ['corridor', 'city'] as const
export type IndicatorScope = (typeof indicatorScopes)[number]

/** The platform's own measures, computed from its records at every refresh rather than entered. */
export const platformMeasures = ['cross_city_voucher_value', 'on_time_case_share'] as const
export type PlatformMeasure = (typeof platformMeasures)[number]

/** The seven new industries the G60 fund invests in (corridor-facts.json g60_fund.targets). */
export const fundIndustries = [
  'integrated_circuits',
  'biomedicine',
  'artificial_intelligence',
  'high_end_equipment',
  'new_materials',
  'new_energy',
  'new_energy_vehicles',
] as const
export type FundIndustry = (typeof fundIndustries)[number]

export const fundStages = ['seed', 'early', 'growth', 'late'] as const
export type FundStage = (typeof fundStages)[number]

export const fundRounds = ['initial', 'follow_on'] as const
export type FundRound = (typeof fundRounds)[number]

export const fundExitKinds = ['ipo', 'trade_sale', 'buyback', 'write_off'] as const
export type FundExitKind = (typeof fundExitKinds)[number]
