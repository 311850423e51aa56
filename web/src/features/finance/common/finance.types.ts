// Names for the finance API's shapes, taken from the generated schema so they never drift from the server.
import type { Ok, QueryOf, RequestBody } from '../../../shared/api/schemaTypes'

export type FinanceProduct = Ok<'/api/finance-products/{id}', 'get'>
/** A product as the list answers it: its institution named */
export type ListedProduct = Ok<'/api/finance-products', 'get'>['items'][number]
export type ProductQuery = QueryOf<'/api/finance-products'>
export type ProductFirmMatches = Ok<'/api/finance-products/{id}/matches', 'get'>
export type FittingNeed = ProductFirmMatches['needs'][number]
export type FirmScore = Ok<'/api/firms/{id}/score', 'get'>
export type ScoreGroup = FirmScore['groups'][number]
export type Contribution = FirmScore['contributions'][number]
export type Suggestions = Ok<'/api/firms/{id}/suggested-products', 'get'>
export type Suggestion = Suggestions['suggestions'][number]
export type ParameterSet = Ok<'/api/score-parameters', 'get'>['items'][number]
export type Need = Ok<'/api/financing-needs/{id}', 'get'>
export type NeedQuery = QueryOf<'/api/financing-needs'>
export type NeedMatches = Ok<'/api/financing-needs/{id}/matches', 'get'>
export type Match = NeedMatches['matches'][number]
export type MatchComponent = Match['components'][number]
export type NearMiss = NeedMatches['nearMisses'][number]
export type FailedCondition = NearMiss['failed'][number]
export type ProductSummary = Match['product']
export type Referral = Ok<'/api/referrals/{id}', 'get'>
/** A referral as the list answers it: its firm, product and institution named */
export type ListedReferral = Ok<'/api/referrals', 'get'>['items'][number]
export type ReferralQuery = QueryOf<'/api/referrals'>
export type FirmIndicators = Ok<'/api/referrals/{id}/firm-indicators', 'get'>
export type FinanceCase = Ok<'/api/finance-cases/{id}', 'get'>
export type CaseSummary = Ok<'/api/finance-cases', 'get'>['items'][number]
export type CaseNote = FinanceCase['notes'][number]
export type CaseQuery = QueryOf<'/api/finance-cases'>
export type Figures = Ok<'/api/finance-figures', 'get'>
export type CityFigures = Figures['cities'][number]

export type CreateProductBody = RequestBody<'/api/finance-products', 'post'>
export type UpdateProductBody = RequestBody<'/api/finance-products/{id}', 'patch'>
export type RecordIndicatorsBody = RequestBody<'/api/firms/{id}/indicators', 'post'>
export type IndicatorValueInput = RecordIndicatorsBody['values'][number]
export type CreateParameterSetBody = RequestBody<'/api/score-parameters', 'post'>
export type CreateNeedBody = RequestBody<'/api/financing-needs', 'post'>
export type CreateReferralBody = RequestBody<'/api/referrals', 'post'>
export type DecideReferralBody = RequestBody<'/api/referrals/{id}/decision', 'post'>
export type DrawdownBody = RequestBody<'/api/referrals/{id}/drawdown', 'post'>
export type CreateCaseBody = RequestBody<'/api/finance-cases', 'post'>
export type AdvanceCaseBody = RequestBody<'/api/finance-cases/{id}/advance', 'post'>

export type ProductType = FinanceProduct['productType']
export type ProductStatus = FinanceProduct['status']
export type FinanceCityCode = FinanceProduct['citiesServed'][number]
export type FinanceIndustryCode = FinanceProduct['industries'][number]
export type FinanceStage = FinanceProduct['stages'][number]
export type IndicatorGroup = ScoreGroup['group']
export type IndicatorCode = IndicatorValueInput['code']
export type IndicatorSource = IndicatorValueInput['source']
export type Urgency = Need['urgency']
export type NeedStatus = Need['status']
export type ReferralStatus = Referral['status']
export type CaseStage = FinanceCase['stage']
