// Licences as their readers see them: the holder's wallet, the issuing city's list, the office's all; the credential
// alone for whoever holds its link; and the check of a licence presented as a material. What a licence is given
// to and what changes it: licence-issue.service.ts and licence-moves.service.ts.
import type { Database } from '../../db/client'
import { authorize, type Policy, type Principal } from '../../platform/authorization'
import { AppError } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import type { JsonObject } from './json'
import type { PublishedDocumentsService } from './documents.service'
import { issuerReferences } from './issuers'
import { licenceExportColumns, type LicenceExportItem } from './licences.export'
import * as repository from './licences.repository'
import type { LicenceQueryInput } from './licences.schemas'
import type { LicenceStatus } from './licences.states'
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

/** Without a sort a list is a history: the newest licences first. */
const licenceSortDefault = '-validFrom'

function sortValueOf(found: repository.LicenceRow, key: repository.LicenceSortKey) {
  return found[key]
}

/** The licences as their readers see them, and the check of one presented as a material. */
export function createLicenceReads(db: Database, documents: PublishedDocumentsService) {
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

  async function list(principal: Principal | null, query: LicenceQueryInput) {
    const scope = scopeOf(principal)
    const page = sortedPageRequest(query, licenceSortDefault)
    const read = await repository.listLicences(
      db,
      { issuerCode: query.issuer, status: query.status, licenceType: query.type, q: query.q, ...scope },
      page,
    )
    return toListPage(page, read, (found) => sortValueOf(found, page.order.key))
  }

  /**
   * The licences list as an export: the list's read with the export's row bound instead of a page size, so the
   * file holds what the screen shows in the same order.
   */
  async function exportLicences(
    principal: Principal | null,
    query: LicenceQueryInput,
    rowsMax: number,
  ): Promise<ExportTable<LicenceExportItem>> {
    const page = await list(principal, { ...query, cursor: undefined, limit: rowsMax })
    return {
      baseName: 'licences',
      sheetName: 'licences',
      columns: licenceExportColumns,
      items: page.items,
      truncated: page.nextCursor !== null,
    }
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

  return { list, exportLicences, get, credentialOf, checkPresented }
}

export type LicenceReads = ReturnType<typeof createLicenceReads>
