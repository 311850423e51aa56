// Issuing a licence: in the transaction of the decision that grants it, the holder read through the registry's view,
// a status list index taken, the credential built and signed by the competent city's active keys, stored with its
// audit record and (for a decision now, not the demo year's) the holder's notice.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { AppError, assert } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { notify } from '../../platform/notifications'
import { isValidCreditCode } from '../registry'
import { licenceCredential, yearsAfter } from './credential'
import { secureDocument } from './crypto/data-integrity'
import { statusIndexOf, statusListEntries } from './crypto/status-list'
import { didOf, statusListUrl } from './issuers'
import type { Keyring } from './keys.service'
import { licenceIssued } from './licences.notices'
import * as repository from './licences.repository'
import { issuerNameOf, type LicenceGrant } from './licences.service'

export function createLicenceIssuing(keyring: Keyring, options: { origin: string }) {
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
    const slot = await repository.takeStatusSlot(transaction, grant.issuerCode)
    if (slot === undefined) throw new AppError('LICENCE_ISSUER_UNKNOWN', { issuerCode: grant.issuerCode })
    if (slot.taken >= statusListEntries)
      throw new AppError('LICENCE_STATUS_LIST_FULL', { issuerCode: grant.issuerCode })
    const index = statusIndexOf(slot.taken, slot.stride, slot.offset)
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

  return { issueForCase, issue }
}
