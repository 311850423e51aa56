// The shapes of the one-stop services seed: the rows it generates, the input it takes, and the applicants it files
// cases for.
import type { workflowTransitions } from '../../../platform/workflow/workflow.tables'
import type { ModuleSeedInput, SeedFirm } from '../../../seed/support/organisations'
import type * as tables from '../services.tables'

/** Every column given, so that a row is also what the case notices read (CaseRow). */
export type ServiceCaseRow = typeof tables.serviceCases.$inferSelect
export type CaseMaterialRow = typeof tables.serviceCaseMaterials.$inferSelect
export type CaseEventRow = typeof tables.serviceCaseEvents.$inferSelect
export type CaseCounterRow = typeof tables.serviceCaseCounters.$inferSelect
export type TalentCardRow = typeof tables.talentCards.$inferSelect
export type CaseTransitionRow = typeof workflowTransitions.$inferSelect

export interface CaseFileRow {
  materialId: string
  content: Uint8Array
}

export interface ServiceDemoData {
  /** the moment the synthetic year ends: every timestamp is before it */
  activityEndsAt: Date
  cases: ServiceCaseRow[]
  materials: CaseMaterialRow[]
  files: CaseFileRow[]
  events: CaseEventRow[]
  /** every move of every case, as the workflow engine writes them */
  transitions: CaseTransitionRow[]
  /** the last serial each window city used each year (and the talent cards', under the year + 10000) */
  counters: CaseCounterRow[]
  talentCards: TalentCardRow[]
}

export interface ServiceFigures {
  /** cases filed over the year besides the demo accounts' own, more each month */
  cases: number
}

/** A demo account of the talent window: its user and the name its cases carry (its display name). */
export interface DemoProfessional {
  username: string
  cityCode: string
  nameZh: string
  nameEn: string
}

export interface ServiceGeneratorInput extends ModuleSeedInput {
  figures: ServiceFigures
  firms: readonly (SeedFirm & { nameEn: string })[]
  professionals: readonly DemoProfessional[]
  /** the demo officer of each city that has one, by city code */
  demoOfficers: ReadonlyMap<string, string>
}

/** Who files a case: a firm (through one of its users) for an enterprise item, a professional for a talent item. */
export interface Applicant {
  kind: 'firm' | 'professional'
  firmId: string | null
  /** a synthetic user id, or demoUserToken(username) for a demo account */
  userId: string
  nameZh: string
  nameEn: string
  cityCode: string
}
