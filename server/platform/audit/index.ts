export { auditTrail, recordAudit, verifyAuditChain, genesisHash } from './audit.service'
export type { AuditedRecord, AuditEntry, AuditVerification, AuditProblem } from './audit.service'
