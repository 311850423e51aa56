// Licences: issued in the transaction of the decision that grants them, signed by the competent city, listed in the
// holder's wallet, suspended, reinstated or revoked by the issuing city (the status list and its publication change
// in the same transaction), and checked when a holder presents one as a material.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Policy, type Principal } from '../../platform/authorization'
import { AppError, assert } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { notify } from '../../platform/notifications'
import { decodeCursor, pageSizeDefault, toPage } from '../../platform/http/schemas'
import { runTransition } from '../../platform/workflow'
import { isValidCreditCode } from '../registry'
import { licenceCredential, yearsAfter } from './credential'
import { secureDocument, type JsonObject } from './crypto/data-integrity'
import { statusListEntries } from './crypto/status-list'
import type { PublishedDocumentsService } from './documents.service'
import { didOf, issuerReferences, statusListUrl } from './issuers'
import type { Keyring } from './keys.service'
import type { StatusLists } from './status-lists.service'
import { licenceChanged, licenceIssued } from './licences.notices'
import * as repository from './licences.repository'
import type { LicenceStatus, StatusPurpose } from './licences.states'
import { licenceWorkflow, type LicenceAction } from './licences.workflow'
import { verifyCredential } from './verifier'

const readPolicy: Policy = { firm: 'own_organisation', city_officer: 'own_city', corridor_admin: 'any' }
const issuerNames = new Map(
  issuerReferences.map((issuer) => [issuer.code, { zh: issuer.nameZh, en: issuer.nameEn }]),
)

export function issuerNameOf(code: string): { zh: string; en: string } {
  return issuerNames.get(code) ?? { zh: code, en: code }
}

/** What the decision of a case gives the licence: the case, the item's licence, the holder and the moment. */
export interface LicenceGrant {
  caseId: string
  caseNumber: string
  itemCode: string
  licence: { type: string; nameZh: string; nameEn: string; validYears: number }
  firmId: string
  issuerCode: string
  at: Date
  isSynthetic?: boolean
  /** the demo data's licences have ids made from their case's (seededLicenceId): the same seed, the same rows */
  licenceId?: string
}

/** Why a presented licence cannot stand for a material; null when it can. */
export type PresentedRefusal =
  'not_found' | 'other_holder' | 'other_type' | LicenceStatus | 'expired' | 'not_yet_valid' | 'not_verified'

export interface LicenceQuery {
  status?: LicenceStatus | undefined
  licenceType?: string | undefined
  issuerCode?: string | undefined
  limit?: number | undefined
  cursor?: string | undefined
}

export interface LicencesOptions {
  origin: string
}

export function createLicences(
  db: Database,
  keyring: Keyring,
  statusLists: StatusLists,
  documents: PublishedDocumentsService,
  options: LicencesOptions,
) {
  /** Issues the licence of an approved case, in the decision's transaction: the row, its audit and the notice. */
  async function issueForCase(transaction: Database, grant: LicenceGrant): Promise<repository.LicenceRow> {
    const row = await issue(transaction, grant)
    await notify(transaction, [licenceIssued(row, issuerNameOf(row.issuerCode))])
    return row
  }

  /** The licence row, signed, and its audit record. */
  async function issue(transaction: Database, grant: LicenceGrant): Promise<repository.LicenceRow> {
    const holder = await repository.firmFacts(transaction, grant.firmId)
    assert(holder !== undefined, `firm ${grant.firmId} of case ${grant.caseId} is not in the registry`)
    if (!isValidCreditCode(holder.creditCode)) {
      throw new AppError('LICENCE_HOLDER_CREDIT_CODE_INVALID', { firmId: holder.id })
    }
    const index = await repository.takeStatusIndex(transaction, grant.issuerCode)
    if (index === undefined) throw new AppError('LICENCE_ISSUER_UNKNOWN', { issuerCode: grant.issuerCode })
    if (index >= statusListEntries)
      throw new AppError('LICENCE_STATUS_LIST_FULL', { issuerCode: grant.issuerCode })
    const id = grant.licenceId ?? newId('lic')
    const issuerName = issuerNameOf(grant.issuerCode)
    const validUntil = yearsAfter(grant.at, grant.licence.validYears)
    const unsigned = licenceCredential({
      id: `${options.origin}/api/licences/${id}/credential`,
      issuer: { did: didOf(options.origin, grant.issuerCode), nameZh: issuerName.zh, nameEn: issuerName.en },
      validFrom: grant.at,
      validUntil,
      licence: { ...grant.licence, itemCode: grant.itemCode, caseNumber: grant.caseNumber },
      holder: { creditCode: holder.creditCode, nameZh: holder.nameZh, nameEn: holder.nameEn },
      status: { index, listUrlOf: (purpose) => statusListUrl(options.origin, grant.issuerCode, purpose) },
    })
    const signers = await keyring.signersFor(transaction, grant.issuerCode)
    const credential = secureDocument(unsigned, signers, unsigned.validFrom as string)
    const row = await repository.insertLicence(transaction, {
      id,
      issuerCode: grant.issuerCode,
      caseId: grant.caseId,
      caseNumber: grant.caseNumber,
      itemCode: grant.itemCode,
      licenceType: grant.licence.type,
      licenceNameZh: grant.licence.nameZh,
      licenceNameEn: grant.licence.nameEn,
      firmId: holder.id,
      creditCode: holder.creditCode,
      holderNameZh: holder.nameZh,
      holderNameEn: holder.nameEn,
      validFrom: grant.at,
      validUntil,
      statusIndex: index,
      status: 'active',
      signedWith: signers[0]?.verificationMethod ?? '',
      credential,
      isSynthetic: grant.isSynthetic ?? false,
      createdAt: grant.at,
      updatedAt: grant.at,
    })
    await recordAudit(transaction, {
      actorUserId: null,
      action: 'licence.issue',
      entityType: 'licence',
      entityId: id,
      cityCode: grant.issuerCode,
      details: { caseId: grant.caseId, licenceType: grant.licence.type, statusIndex: index },
    })
    return row
  }

  /** What a reader's lists are limited to: a firm its own, an officer its city's issues, the office everything. */
  function scopeOf(principal: Principal | null): repository.LicenceFilter {
    const actor = authorize(principal, readPolicy, {
      organisationId: principal?.organisationId ?? null,
      cityCode: principal?.cityCode ?? null,
    })
    if (actor.role === 'firm') return { firmId: actor.organisationId ?? undefined }
    if (actor.role === 'city_officer') return { issuerCode: actor.cityCode ?? undefined }
    return {}
  }

  async function list(principal: Principal | null, query: LicenceQuery) {
    const scope = scopeOf(principal)
    const limit = query.limit ?? pageSizeDefault
    const rows = await repository.listLicences(
      db,
      { issuerCode: query.issuerCode, status: query.status, licenceType: query.licenceType, ...scope },
      { before: decodeCursor(query.cursor), limit },
    )
    return toPage(
      rows,
      limit,
      (row) => row.id,
      (row) => row,
    )
  }

  async function get(principal: Principal | null, id: string) {
    const found = await repository.findLicence(db, id)
    if (found === undefined) throw new AppError('LICENCE_NOT_FOUND', { licenceId: id })
    authorize(principal, readPolicy, { organisationId: found.firmId, cityCode: found.issuerCode })
    return found
  }

  /** The credential alone, for anyone who holds its link (the QR code carries it): ids are not guessable. */
  async function credentialOf(id: string): Promise<JsonObject> {
    const found = await repository.findLicence(db, id)
    if (found === undefined) throw new AppError('LICENCE_NOT_FOUND', { licenceId: id })
    return found.credential
  }

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
    documents.forget(changed.issuerCode)
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

  /** Whether a presented licence can stand for a material: the holder's own, of the type, in force, and its proofs hold. */
  async function checkPresented(
    transaction: Database,
    firmId: string,
    licenceType: string,
    licenceId: string,
  ): Promise<PresentedRefusal | null> {
    const found = await repository.findLicence(transaction, licenceId)
    if (found === undefined) return 'not_found'
    if (found.firmId !== firmId) return 'other_holder'
    if (found.licenceType !== licenceType) return 'other_type'
    if (found.status !== 'active') return found.status
    const verification = await verifyCredential(found.credential, documents.resolver, new Date())
    if (verification.verdict === 'expired' || verification.verdict === 'not_yet_valid')
      return verification.verdict
    return verification.verdict === 'valid' ? null : 'not_verified'
  }

  return { issueForCase, issue, list, get, credentialOf, move, recordPastMove, checkPresented }
}

export type LicencesService = ReturnType<typeof createLicences>
