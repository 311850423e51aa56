export {
  actorIdOf,
  authorizeMove,
  checkMove,
  defineWorkflow,
  historyLengthMax,
  recordMove,
  runTransition,
  transitionHistory,
} from './workflow'
export type { Grant, Move, TransitionRequest, TransitionRule, Workflow, WorkflowDefinition } from './workflow'
export type { TransitionRow } from './workflow.repository'
