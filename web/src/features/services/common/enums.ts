// The services' enumerations as lists, each checked against the generated types (see shared/ui/enums.ts).
import { everyValueOf } from '../../../shared/ui/enums'
import type {
  CaseDecision,
  CaseStatus,
  MaterialKind,
  MaterialSource,
  ServiceItemCategory,
  ServiceMode,
  TalentArea,
  TimelineKind,
} from './services.types'

export const serviceModes = everyValueOf<ServiceMode>()(['online', 'proxy', 'joint'])
export const itemCategories = everyValueOf<ServiceItemCategory>()(['enterprise', 'talent'])
export const talentAreas = everyValueOf<TalentArea>()([
  'healthcare',
  'schooling',
  'housing',
  'transport',
  'food',
  'talent_card',
])
export const materialKinds = everyValueOf<MaterialKind>()(['pdf', 'jpg', 'png', 'ofd'])
export const materialSources = everyValueOf<MaterialSource>()(['upload', 'registry', 'licence'])
export const caseStatuses = everyValueOf<CaseStatus>()([
  'submitted',
  'intake_incomplete',
  'in_review',
  'review_paused',
  'approved',
  'refused',
  'not_accepted',
  'withdrawn',
])
export const closedCaseStatuses: readonly CaseStatus[] = ['approved', 'refused', 'not_accepted', 'withdrawn']
export const caseDecisions = everyValueOf<CaseDecision>()(['approved', 'approved_with_conditions', 'refused'])
export const timelineKinds = everyValueOf<TimelineKind>()([
  'move',
  'clock_started',
  'clock_paused',
  'clock_resumed',
  'due_date_changed',
  'due_soon_warned',
  'escalated',
  'materials_added',
  'rated',
])

/** The moves a case's `actions` may list. */
export const caseActions = [
  'accept',
  'request_materials',
  'not_accept',
  'supplement',
  'pause_for_materials',
  'resume_with_materials',
  'approve',
  'approve_with_conditions',
  'refuse',
  'withdraw',
] as const
export type CaseAction = (typeof caseActions)[number]
