// Filing a case (a firm for an enterprise item, a professional for a talent item) at a window city, and handing in
// more materials when asked. The case, its materials and files, its audit record and the window's task commit
// together: a refusal stores nothing, not even a file.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { requirePrincipal, type Principal } from '../../platform/authorization'
import { shanghaiDateOf } from '../../platform/calendar'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { notify, resolveTasks } from '../../platform/notifications'
import { formatVoucherNumber } from '../vouchers'
import { cityReferences } from '../registry'
import { intakeWaiting } from './case-notices'
import * as repository from './cases.repository'
import * as itemsRepository from './items.repository'
import { checkClaims, type MaterialClaim, type UploadedFile } from './materials'
import { materials as materialCatalogue, type Material } from './services.reference'

/** What filing needs of the registry and of identity: the firm's names, the professional's. */
export interface FilingAccess {
  getFirm(id: string): Promise<{ id: string; nameZh: string; nameEn: string }>
  me(principal: Principal | null): Promise<{ displayNameZh: string; displayNameEn: string }>
  /** why the licence the applicant presents (by the reference it gave) cannot stand for the material; null if it can */
  refusePresented(
    db: Database,
    applicant: { firmId: string | null; userId: string },
    licenceType: string,
    referenceId: string,
  ): Promise<string | null>
}

export interface FileCaseInput {
  itemCode: string
  windowCityCode?: string | undefined
  purpose: string
  materials: MaterialClaim[]
}

const cityCodes = new Set(cityReferences.map((city) => city.code))

function materialsOfItem(item: itemsRepository.ItemRow): Material[] {
  return item.materials.flatMap((wanted) =>
    materialCatalogue.filter((material) => material.code === wanted.code),
  )
}

/** Online items are handed in to the competent city itself; the others at the window the applicant chooses. */
function windowCityOf(item: itemsRepository.ItemRow, requested: string | undefined): string {
  if (item.mode === 'online') {
    if (requested !== undefined && requested !== item.competentCityCode) {
      throw new AppError('SERVICE_WINDOW_CITY_INVALID', { mode: item.mode, windowCityCode: requested })
    }
    return item.competentCityCode
  }
  if (requested === undefined || !cityCodes.has(requested)) {
    throw new AppError('SERVICE_WINDOW_CITY_INVALID', { mode: item.mode, windowCityCode: requested ?? null })
  }
  return requested
}

async function applicantOf(access: FilingAccess, principal: Principal, item: itemsRepository.ItemRow) {
  const wanted = item.category === 'talent' ? 'professional' : 'firm'
  if (principal.role !== wanted || (wanted === 'firm' && principal.organisationId === null)) {
    throw new AppError('SERVICE_ITEM_NOT_FOR_APPLICANT', { category: item.category, role: principal.role })
  }
  if (wanted === 'firm' && principal.organisationId !== null) {
    const firm = await access.getFirm(principal.organisationId)
    return { applicantKind: 'firm' as const, firmId: firm.id, nameZh: firm.nameZh, nameEn: firm.nameEn }
  }
  const user = await access.me(principal)
  return {
    applicantKind: 'professional' as const,
    firmId: null,
    nameZh: user.displayNameZh,
    nameEn: user.displayNameEn,
  }
}

/** Checks the claimed materials and writes them (files included) in the caller's transaction; the stored rows. */
async function writeMaterials(
  transaction: Database,
  access: FilingAccess,
  found: Pick<repository.CaseRow, 'id' | 'firmId' | 'applicantUserId'>,
  checked: ReturnType<typeof checkClaims>,
  actorUserId: string,
): Promise<repository.CaseMaterialRow[]> {
  for (const { claim, material } of checked) {
    if (claim.source !== 'licence') continue
    const licenceType = (material.reuse ?? '').slice('licence:'.length)
    const refusal =
      claim.referenceId === undefined
        ? 'not_found'
        : await access.refusePresented(
            transaction,
            { firmId: found.firmId, userId: found.applicantUserId },
            licenceType,
            claim.referenceId,
          )
    if (refusal !== null)
      throw new AppError('SERVICE_MATERIAL_REFERENCE_INVALID', {
        materialCode: claim.code,
        licenceType,
        refusal,
      })
  }
  return repository.insertMaterials(
    transaction,
    checked.map(({ claim, file }) => ({
      row: {
        id: newId('scmt'),
        caseId: found.id,
        materialCode: claim.code,
        source: claim.source,
        referenceId: claim.source === 'registry' ? found.firmId : (claim.referenceId ?? null),
        fileName: file?.file.fileName ?? null,
        contentType: file?.file.contentType ?? null,
        sizeBytes: file?.file.content.length ?? null,
        sha256: file?.sha256 ?? null,
        addedByUserId: actorUserId,
      },
      content: file?.file.content ?? null,
    })),
  )
}

export function createCaseFiling(db: Database, access: FilingAccess) {
  async function fileCase(principal: Principal | null, input: FileCaseInput, files: readonly UploadedFile[]) {
    const actor = requirePrincipal(principal)
    const item = await itemsRepository.findItem(db, input.itemCode)
    if (item === undefined) throw new AppError('SERVICE_ITEM_NOT_FOUND', { itemCode: input.itemCode })
    if (!item.isActive) throw new AppError('SERVICE_ITEM_INACTIVE', { itemCode: item.code })
    const applicant = await applicantOf(access, actor, item)
    const windowCityCode = windowCityOf(item, input.windowCityCode)
    const required = item.materials.filter((material) => material.required).map((material) => material.code)
    const checked = checkClaims(materialsOfItem(item), input.materials, files, required)
    if (applicant.firmId === null && checked.some(({ claim }) => claim.source === 'registry')) {
      throw new AppError('SERVICE_MATERIAL_REUSE_INVALID', { source: 'registry', reason: 'not a firm' })
    }
    const now = new Date()
    return db.transaction(async (transaction) => {
      const year = Number(shanghaiDateOf(now).slice(0, 4))
      const serial = await repository.nextCaseSerial(transaction, windowCityCode, year)
      const created = await repository.insertCase(transaction, {
        id: newId('scas'),
        number: formatVoucherNumber(windowCityCode, year, serial),
        itemCode: item.code,
        itemVersion: item.version,
        itemNameZh: item.nameZh,
        itemNameEn: item.nameEn,
        promisedDays: item.promisedDays,
        licenceType: item.licenceType,
        applicantKind: applicant.applicantKind,
        firmId: applicant.firmId,
        applicantUserId: actor.userId,
        applicantNameZh: applicant.nameZh,
        applicantNameEn: applicant.nameEn,
        windowCityCode,
        competentCityCode: item.competentCityCode,
        departmentCode: item.departmentCode,
        status: 'submitted',
        purpose: input.purpose,
        submittedAt: now,
        clockState: 'not_started',
      })
      const materials = await writeMaterials(transaction, access, created, checked, actor.userId)
      await notify(transaction, [intakeWaiting(created, false)])
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'service_case.submit',
        entityType: 'service_case',
        entityId: created.id,
        cityCode: created.competentCityCode,
        details: {
          number: created.number,
          itemCode: item.code,
          itemVersion: item.version,
          windowCityCode,
          materials: checked.map(({ claim, file }) => ({
            code: claim.code,
            source: claim.source,
            sha256: file?.sha256 ?? null,
          })),
        },
      })
      return { found: created, materials }
    })
  }

  /** Materials handed in with a move (supplement, resume_with_materials): checked, then written in its transaction. */
  async function addMaterials(
    transaction: Database,
    found: repository.CaseRow,
    claims: readonly MaterialClaim[],
    files: readonly UploadedFile[],
    actorUserId: string,
  ) {
    const item = await itemsRepository.findVersion(transaction, found.itemCode, found.itemVersion)
    if (item === undefined)
      throw new Error(`version ${found.itemVersion} of item ${found.itemCode} is missing`)
    const wanted = item.snapshot.materials
    const itemMaterials = wanted.flatMap((entry) =>
      materialCatalogue.filter((material) => material.code === entry.code),
    )
    const checked = checkClaims(itemMaterials, claims, files, [])
    if (checked.length === 0) throw new AppError('SERVICE_MATERIALS_INCOMPLETE', { missingMaterialCodes: [] })
    await writeMaterials(transaction, access, found, checked, actorUserId)
    await resolveTasks(
      transaction,
      { type: 'service_case', id: found.id },
      'service_case.materials_requested',
    )
    return checked.map(({ claim, file }) => ({
      code: claim.code,
      source: claim.source,
      sha256: file?.sha256 ?? null,
    }))
  }

  return { fileCase, addMaterials }
}

export type CaseFiling = ReturnType<typeof createCaseFiling>
