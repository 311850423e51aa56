// The one-stop services' API shapes, named from the generated schema.
import type { Ok, QueryOf, RequestBody } from '../../../shared/api/schemaTypes'

export type ServiceItem = Ok<'/api/service-items/{code}', 'get'>
export type ServiceItemMaterial = ServiceItem['materials'][number]
export type ServiceItemVersion = Ok<'/api/service-items/{code}/versions', 'get'>['items'][number]
export type ServiceMode = ServiceItem['mode']
export type ServiceItemCategory = ServiceItem['category']
export type TalentArea = NonNullable<ServiceItem['talentArea']>
export type MaterialKind = ServiceItemMaterial['kinds'][number]
export type ItemQuery = QueryOf<'/api/service-items'>

export type ServiceCase = Ok<'/api/service-cases/{id}', 'get'>
export type ServiceCaseSummary = Ok<'/api/service-cases', 'get'>['items'][number]
export type CaseQuery = QueryOf<'/api/service-cases'>
export type CaseView = CaseQuery['view']
export type CaseStatus = ServiceCase['status']
export type CaseClock = ServiceCase['clock']
export type CaseDecision = NonNullable<ServiceCase['decision']>
export type CaseMaterial = ServiceCase['materials'][number]
export type MaterialSource = CaseMaterial['source']
export type TimelineEntry = ServiceCase['timeline'][number]
export type TimelineKind = TimelineEntry['kind']

export type Application = RequestBody<'/api/service-cases', 'post'>['application']
export type MaterialClaim = Application['materials'][number]
export type Supplement = RequestBody<'/api/service-cases/{id}/supplement', 'post'>['application']
export type DecideBody = RequestBody<'/api/service-cases/{id}/decide', 'post'>
export type RatingBody = RequestBody<'/api/service-cases/{id}/rating', 'post'>

export type ServiceFigures = Ok<'/api/service-figures', 'get'>
export type RatingRow = ServiceFigures['ratings']['byItem'][number]
export type TalentCard = Ok<'/api/me/talent-cards', 'get'>['items'][number]
export type Department = Ok<'/api/service-departments', 'get'>['items'][number]
export type ItemBody = RequestBody<'/api/service-items/{code}', 'put'>
