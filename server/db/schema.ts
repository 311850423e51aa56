// Every table of every module, for drizzle-kit and the typed database handle.
export * from '../platform/identity/identity.tables'
export * from '../platform/audit/audit.tables'
export * from '../platform/idempotency/idempotency.tables'
export * from '../platform/jobs/jobs.tables'
export * from '../platform/calendar/calendar.tables'
export * from '../modules/registry/registry.tables'
export * from '../modules/vouchers/vouchers.tables'
export * from '../modules/instruments/instruments.tables'
