export { createHousekeepingModule, housekeepingJob, purgeExpired } from './housekeeping.service'
