export {
  ensureHousekeepingScheduled,
  housekeepingHandlers,
  housekeepingJobKind,
} from './housekeeping.service'
