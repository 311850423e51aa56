export { auditTrail, recordAudit, verifyAuditChain, genesisHash } from './audit.service'
export type { AuditedRecord, AuditEntry, AuditVerification, AuditProblem } from './audit.service'
export {
  createAuditCheckpointer,
  loadOrCreateSigningKey,
  publicKeyFileOf,
  readPublicKey,
  writeCheckpoint,
} from './checkpoints.service'
export type { AuditCheckpoint, AuditCheckpointer, CheckpointOutcome } from './checkpoints.service'
export { auditFindingCodes, verifyAuditTrail } from './checkpoints.verify'
export type { AuditFinding, AuditFindingCode, AuditReport } from './checkpoints.verify'
