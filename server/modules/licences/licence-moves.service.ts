// A licence's moves after issue (licences.workflow.ts): each changes the row, flips its bit in the status list and
// signs the list again in the move's transaction, and tells the holder. The demo year's past moves are made the
// same way, dated then, audited, with nobody told now.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import type { Principal } from '../../platform/authorization'
import { assert } from '../../platform/errors'
import { notify } from '../../platform/notifications'
import { runTransition } from '../../platform/workflow'
import type { PublishedDocumentsService } from './documents.service'
import { licenceChanged } from './licences.notices'
import * as repository from './licences.repository'
import { issuerNameOf } from './licences.service'
import type { LicenceStatus, StatusPurpose } from './licences.states'
import { licenceWorkflow, type LicenceAction } from './licences.workflow'
import type { StatusLists } from './status-lists.service'
import { onCommitted } from '../../db/ambient'

export function createLicenceMoves(
  db: Database,
  statusLists: StatusLists,
  documents: PublishedDocumentsService,
) {
  /** A move's own changes: the row, its list's bit and publication, and (unless quiet) the holder told. */
  async function applyMove(
    transaction: Database,
    found: repository.LicenceRow,
    change: {
      action: LicenceAction
      to: LicenceStatus
      reason: string | null
      at: Date
      tellHolder: boolean
    },
  ) {
    const updated = await repository.changeLicence(transaction, found.id, {
      status: change.to,
      statusReason: change.reason,
      statusChangedAt: change.at,
    })
    const purpose: StatusPurpose = change.action === 'revoke' ? 'revocation' : 'suspension'
    const value = change.action === 'reinstate' ? 0 : 1
    await statusLists.change(transaction, found.issuerCode, purpose, found.statusIndex, value, change.at)
    if (change.tellHolder) {
      await notify(transaction, [
        licenceChanged(updated, change.action, change.reason, issuerNameOf(found.issuerCode)),
      ])
    }
    return updated
  }

  async function move(principal: Principal | null, id: string, action: LicenceAction, reason: string | null) {
    const at = new Date()
    const changed = await runTransition(db, licenceWorkflow, {
      principal,
      id,
      action,
      note: reason,
      apply: (transaction, found, taken) =>
        applyMove(transaction, found, { action, to: taken.to, reason, at, tellHolder: true }),
      auditDetails: (_result, taken) => ({ from: taken.from, to: taken.to, reason }),
    })
    onCommitted(() => documents.forget(changed.issuerCode))
    return changed
  }

  /** The demo data's past changes: as a move makes them, dated then, audited, with nobody told now. */
  async function recordPastMove(
    transaction: Database,
    id: string,
    change: { action: LicenceAction; to: LicenceStatus; reason: string; at: Date },
  ) {
    const found = await repository.lockLicence(transaction, id)
    assert(found !== undefined, `licence ${id} to change is missing`)
    await applyMove(transaction, found, { ...change, tellHolder: false })
    await recordAudit(transaction, {
      actorUserId: null,
      action: `licence.${change.action}`,
      entityType: 'licence',
      entityId: id,
      cityCode: found.issuerCode,
      details: { from: found.status, to: change.to, reason: change.reason },
    })
  }

  return { move, recordPastMove }
}

export type LicenceMoves = ReturnType<typeof createLicenceMoves>
