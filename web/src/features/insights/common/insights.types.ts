// Names for the insights API's shapes, taken from the generated schema so that they never drift from the server.
import type { Ok, QueryOf, RequestBody } from '../../../shared/api/schemaTypes'

export type FlowMatrices = Ok<'/api/insights/flows', 'get'>
export type FlowMatrix = FlowMatrices['matrices'][number]
export type FlowCell = FlowMatrix['cells'][number]
export type FlowKind = FlowMatrix['kind']
export type FlowRecords = Ok<'/api/insights/flows/records', 'get'>
export type FlowRecord = FlowRecords['items'][number]

export type IndexSeries = Ok<'/api/insights/index', 'get'>
export type IndexScope = IndexSeries['scopes'][number]
export type IndexMonth = IndexScope['months'][number]
export type KindShare = IndexMonth['kinds'][number]
export type WeightsVersion = IndexSeries['weightVersions'][number]
export type WeightsBody = RequestBody<'/api/insights/index/weights', 'post'>
export type IndexWeights = WeightsBody['weights']

export type DivisionOfLabour = Ok<'/api/insights/division-of-labour', 'get'>
export type LabourYear = DivisionOfLabour['years'][number]
export type LabourBasis = NonNullable<QueryOf<'/api/insights/division-of-labour'>['basis']>

export type Indicator = Ok<'/api/insights/indicators/{code}', 'get'>
export type IndicatorSeries = Indicator['series'][number]
export type IndicatorValue = IndicatorSeries['values'][number]
export type ValueBody = RequestBody<'/api/insights/indicator-values', 'post'>
export type ImportBody = RequestBody<'/api/insights/indicator-values/import', 'post'>
export type ImportSummary = Ok<'/api/insights/indicator-values/import', 'post'>

export type FundFigures = Ok<'/api/insights/fund', 'get'>
export type Backer = FundFigures['backers'][number]
export type InvestmentQuery = QueryOf<'/api/insights/fund/investments'>
export type Investment = Ok<'/api/insights/fund/investments', 'get'>['items'][number]
export type InvestmentDetail = Ok<'/api/insights/fund/investments/{id}', 'get'>
export type InvestBody = RequestBody<'/api/insights/fund/investments', 'post'>
export type FollowOnBody = RequestBody<'/api/insights/fund/investments/{id}/follow-ons', 'post'>
export type ExitBody = RequestBody<'/api/insights/fund/investments/{id}/exit', 'post'>
export type FundIndustry = NonNullable<InvestmentQuery['industry']>
export type FundStage = InvestBody['stage']
export type FundExitKind = ExitBody['exitKind']
export type EquityReferral = Ok<'/api/insights/fund/equity-referrals', 'get'>['items'][number]

export type OpenDataSet = Ok<'/api/open-data', 'get'>[number]
export type OpenDataColumn = OpenDataSet['columns'][number]
