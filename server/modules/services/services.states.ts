// The states and kinds of the one-stop services module's records, each list the one source the tables, the schemas
// and the workflow read.

/**
 * submitted: handed in at a window, awaiting its pre-review; intake_incomplete: the window asked for more materials;
 * in_review: accepted and routed to the competent city, its clock running; review_paused: the deciding office asked
 * for more materials, its clock stopped; approved, refused (不予许可), not_accepted (不予受理, at the window) and
 * withdrawn end a case.
 */
export const caseStatuses = [
  'submitted',
  'intake_incomplete',
  'in_review',
  'review_paused',
  'approved',
  'refused',
  'not_accepted',
  'withdrawn',
] as const
export type CaseStatus = (typeof caseStatuses)[number]
export const closedCaseStatuses: readonly CaseStatus[] = ['approved', 'refused', 'not_accepted', 'withdrawn']

export const caseDecisions = ['approved', 'approved_with_conditions', 'refused'] as const
export type CaseDecision = (typeof caseDecisions)[number]

export const clockStates = ['not_started', 'running', 'paused', 'stopped'] as const
export type ClockState = (typeof clockStates)[number]

/** upload: a file handed in; registry: the firm's registry record; licence: an e-licence the applicant holds */
export const materialSources = ['upload', 'registry', 'licence'] as const
export type MaterialSource = (typeof materialSources)[number]

export const eventKinds = [
  'clock_started',
  'clock_paused',
  'clock_resumed',
  'due_date_changed',
  'due_soon_warned',
  'escalated',
  'materials_added',
  'rated',
] as const
export type EventKind = (typeof eventKinds)[number]
