// Names for the API's shapes, taken from the generated schema so they never drift from the server.
import type { Ok, RequestBody } from './schemaTypes'

export type User = Ok<'/api/me', 'get'>
export type Role = User['role']
export type RegistrySummary = Ok<'/api/registry/summary', 'get'>
export type City = Ok<'/api/cities/{code}', 'get'>
export type Industry = Ok<'/api/industries/{code}', 'get'>
export type Park = Ok<'/api/parks/{id}', 'get'>
export type Alliance = Ok<'/api/alliances/{id}', 'get'>
export type AllianceTree = Ok<'/api/alliances', 'get'>
export type AllianceMember = Ok<'/api/alliances/{id}/members', 'get'>['items'][number]
export type Firm = Ok<'/api/firms/{id}', 'get'>
export type FirmFigures = Ok<'/api/firms/{id}/figures', 'get'>
export type Institution = Ok<'/api/institutions/{id}', 'get'>
export type Provider = Ok<'/api/providers/{id}', 'get'>
export type CreateUserBody = RequestBody<'/api/users', 'post'>

export type FirmStage = Firm['stage']
export type FirmSize = Firm['size']
export type InstitutionKind = Institution['kind']
export type ProviderKind = Provider['kind']
export type AdmissionStatus = Provider['admissionStatus']
export type AllianceTier = Alliance['tier']

export type VoucherScheme = Ok<'/api/voucher-schemes/{id}', 'get'>
export type Appropriation = Ok<'/api/voucher-schemes/{id}/appropriations', 'get'>['items'][number]
export type ServiceProduct = Ok<'/api/service-products/{id}', 'get'>
/** A product as the catalogue lists it: its provider named */
export type ListedProduct = Ok<'/api/service-products', 'get'>['items'][number]
export type VoucherClaim = Ok<'/api/voucher-claims/{id}', 'get'>
export type Voucher = Ok<'/api/vouchers/{id}', 'get'>
export type LedgerEntry = Ok<'/api/vouchers/{id}/ledger', 'get'>['items'][number]
export type VoucherOrder = Ok<'/api/voucher-orders/{id}', 'get'>
/** An order as the orders list answers it: its firm, provider and what it pays for named */
export type ListedOrder = Ok<'/api/voucher-orders', 'get'>['items'][number]

export type CreateSchemeBody = RequestBody<'/api/voucher-schemes', 'post'>
export type UpdateSchemeBody = RequestBody<'/api/voucher-schemes/{id}', 'patch'>
export type CreateAppropriationBody = RequestBody<'/api/voucher-schemes/{id}/appropriations', 'post'>
export type CreateProductBody = RequestBody<'/api/service-products', 'post'>
export type UpdateProductBody = RequestBody<'/api/service-products/{id}', 'patch'>
export type CreateClaimBody = RequestBody<'/api/voucher-claims', 'post'>
export type ApproveClaimBody = RequestBody<'/api/voucher-claims/{id}/approve', 'post'>
export type RejectClaimBody = RequestBody<'/api/voucher-claims/{id}/reject', 'post'>
export type CreateOrderBody = RequestBody<'/api/voucher-orders', 'post'>
export type CancelOrderBody = RequestBody<'/api/voucher-orders/{id}/cancel', 'post'>

export type VoucherType = VoucherScheme['voucherType']
export type EligibilityCriterion = VoucherScheme['eligibleFirms'][number]
export type ServiceCategory = VoucherScheme['serviceCategories'][number]
export type SettlementModel = VoucherScheme['settlementModel']
export type SchemeStatus = VoucherScheme['status']
export type ClaimStatus = VoucherClaim['status']
export type VoucherStatus = Voucher['status']
export type OrderStatus = VoucherOrder['status']
export type ProductStatus = ServiceProduct['status']
export type PriceUnit = ServiceProduct['priceUnit']
/** The nine cities' codes, as the voucher endpoints check them */
export type CityCode = CreateSchemeBody['cityCode']

export type Redemption = Ok<'/api/redemptions/{id}', 'get'>
/** A redemption claim as the list answers it: what its order paid for, the firm and the provider named */
export type ListedRedemption = Ok<'/api/redemptions', 'get'>['items'][number]
export type SettlementRun = Ok<'/api/settlements/{id}', 'get'>
export type SettlementPayment = Ok<'/api/settlements/{id}/payments', 'get'>['items'][number]
export type ClearingReport = Ok<'/api/clearing', 'get'>
export type ClaimRedemptionBody = RequestBody<'/api/redemptions', 'post'>
export type ConfirmRedemptionBody = RequestBody<'/api/redemptions/{id}/confirm', 'post'>
export type SpotCheckBody = RequestBody<'/api/redemptions/{id}/spot-check', 'post'>
export type RejectRedemptionBody = RequestBody<'/api/redemptions/{id}/reject', 'post'>
export type CreateSettlementBody = RequestBody<'/api/settlements', 'post'>
export type RedemptionStatus = Redemption['status']
