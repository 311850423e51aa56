export { createGroupCommit } from './group-commit'
export type { GroupCommit, GroupCommitOptions, GroupCommitStatus } from './group-commit'
export { groupCommitMetrics } from './metrics'
