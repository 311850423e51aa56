// The shapes of the policy-matching API, named from the generated schema so they never drift from the server.
import type { Ok, QueryOf, RequestBody } from '../../../shared/api/schemaTypes'

export type Policy = Ok<'/api/policies', 'get'>['items'][number]
export type PolicyQuery = QueryOf<'/api/policies'>
export type PolicyItem = Policy['items'][number]
export type ItemDetail = Ok<'/api/policy-items/{id}', 'get'>
export type RuleVersion = ItemDetail['versions'][number]
export type RuleCondition = RuleVersion['conditions'][number]
export type ItemCategory = PolicyItem['category']
export type PayoutMode = PolicyItem['payoutMode']

export type Fact = Ok<'/api/policy-facts', 'get'>[number]
export type FactName = Fact['name']
export type FactType = Fact['type']
export type FactSource = Fact['source']

export type Calculation = Ok<'/api/policy-calculator', 'post'>
export type CalculatorBody = RequestBody<'/api/policy-calculator', 'post'>
export type CalculatorFacts = NonNullable<CalculatorBody['facts']>
export type CalculatorResult = Calculation['results'][number]
export type Trace = CalculatorResult['trace']
export type TracedCondition = Trace['conditions'][number]
export type TracedFact = Trace['facts'][string]

export type RuleDraft = RequestBody<'/api/policy-items/{id}/rule-versions', 'post'>
export type RuleTest = Ok<'/api/policy-items/{id}/rule-test', 'post'>
export type RuleTestOutcome = RuleTest['outcome']

export type Matches = Ok<'/api/policy-matches', 'get'>
export type Match = Matches['items'][number]
export type MatchOutcome = Match['outcome']
export type Replay = Ok<'/api/policy-decisions/{id}/replay', 'get'>

export type AwardList = Ok<'/api/policy-award-lists', 'get'>['items'][number]
export type AwardListQuery = QueryOf<'/api/policy-award-lists'>
export type AwardListStatus = AwardList['status']
export type Award = Ok<'/api/policy-awards', 'get'>['items'][number]
export type AwardQuery = QueryOf<'/api/policy-awards'>
export type AwardStatus = Award['status']

export type PolicyFigures = Ok<'/api/policy-figures', 'get'>
export type CityPolicyFigures = PolicyFigures['cities'][number]
export type MonthPaid = PolicyFigures['months'][number]
export type MatchingRun = Ok<'/api/policy-runs', 'get'>['items'][number]

/** What a bilingual title of the API carries. */
export interface Titled {
  titleZh: string
  titleEn: string
}
