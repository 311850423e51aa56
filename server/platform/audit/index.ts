export { recordAudit, verifyAuditChain, genesisHash } from './audit.service'
export type { AuditEntry, AuditVerification, AuditProblem } from './audit.service'
