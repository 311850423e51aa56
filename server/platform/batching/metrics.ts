// A group commit's gauges, declared by the module whose write it gathers (platform/module.ts merges modules' gauges
// of one name). Mean batch size is the increase of items over the increase of batches: near 1, requests did not
// overlap.
import type { ModuleMetric } from '../module'
import type { GroupCommitStatus } from './group-commit'

export function groupCommitMetrics(write: string, status: () => GroupCommitStatus): ModuleMetric[] {
  return [
    {
      name: 'g60_group_commit_batches',
      help: 'Batches run by a group commit since start, by the write it gathers',
      labelNames: ['write'],
      read: () => [{ labels: { write }, value: status().batches }],
    },
    {
      name: 'g60_group_commit_items',
      help: 'Requests run in batches by a group commit since start, by the write it gathers',
      labelNames: ['write'],
      read: () => [{ labels: { write }, value: status().items }],
    },
  ]
}
