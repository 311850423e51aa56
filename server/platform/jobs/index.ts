export { createJobQueue, enqueue, ensureScheduled, jobAttemptsMax, jobBatchSizeMax } from './jobs.service'
export type {
  EnqueueOptions,
  JobContext,
  JobHandler,
  JobHandlers,
  JobLog,
  JobQueue,
  JobQueueOptions,
  RunSummary,
} from './jobs.service'
export { countDueJobs } from './jobs.repository'
export { recurringJobHandlers, scheduleRecurringJobs } from './recurring'
