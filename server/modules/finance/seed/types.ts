// The shapes of the finance seed: the rows it generates, the input it takes, and the records it follows while it
// plays the period (a scored firm, a product with its matching terms, a need, a referral and its course).
import type { ModuleSeedInput, SeedFirm, SeedInstitution } from '../../../seed/support/organisations'
import type { CaseStage, FirmStage, ProductType } from '../finance.reference'
import type * as tables from '../finance.tables'
import type { MatchFirm, MatchProduct } from '../matching'

export type FinanceProductRow = typeof tables.financeProducts.$inferInsert
export type IndicatorValueRow = typeof tables.firmIndicatorValues.$inferInsert
export type FirmScoreRow = typeof tables.firmScores.$inferInsert
export type NeedRow = typeof tables.financingNeeds.$inferInsert
export type ReferralRow = typeof tables.financeReferrals.$inferInsert
export type CaseRow = typeof tables.financeCases.$inferInsert
export type CaseNoteRow = typeof tables.financeCaseNotes.$inferInsert

export interface FinanceDemoData {
  /** the moment the synthetic period ends: every timestamp is before it */
  activityEndsAt: Date
  products: FinanceProductRow[]
  indicatorValues: IndicatorValueRow[]
  scores: FirmScoreRow[]
  needs: NeedRow[]
  referrals: ReferralRow[]
  cases: CaseRow[]
  caseNotes: CaseNoteRow[]
}

export interface FinanceFigures {
  /** the share of firms that state a financing need over the period */
  needShare: number
  /** the share of needs a city's workstation follows as a case */
  caseShare: number
}

export interface FinanceGeneratorInput extends ModuleSeedInput {
  figures: FinanceFigures
  firms: readonly SeedFirm[]
  institutions: readonly SeedInstitution[]
}

export interface Firm {
  row: SeedFirm
  stage: FirmStage
  scoreTenths: number
  user: string
  match: MatchFirm
}

export interface Product {
  row: FinanceProductRow & { id: string; productType: ProductType }
  match: MatchProduct
  institution: SeedInstitution
}

export interface Need {
  row: NeedRow & { id: string; amountFen: number; termMonths: number; productType: ProductType }
  firm: Firm
  createdAtMs: number
}

export interface Referral {
  row: ReferralRow & { id: string; status: string }
  need: Need
  product: Product
  createdAtMs: number
  decidedAtMs: number | null
  drawnAtMs: number | null
  closedAtMs: number | null
}

/** A workstation case: its stages with their moments, and the referral it followed, if any. */
export interface CasePlan {
  firm: Firm
  events: [CaseStage, number][]
  referral: Referral | null
}

export const withId = <Row extends { id?: string }>(row: Row & { id: string }) => row
