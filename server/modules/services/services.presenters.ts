// Answers of the one-stop services module, with the names people read in both languages.
import { cityReferences } from '../registry'
import type { CaseEventRow, CaseMaterialRow, CaseRow } from './cases.repository'
import type * as figuresRepository from './figures.repository'
import type { ItemRow, ItemVersionRow } from './items.repository'
import {
  departments,
  materialKinds,
  materials,
  serviceCategories,
  serviceModes,
  talentAreas,
  talentCardEntitlements,
} from './services.reference'
import { caseDecisions, caseStatuses, clockStates, eventKinds, materialSources } from './services.states'
import { isoOrNull, narrow } from '../../platform/stored'
import type { TransitionRow } from '../../platform/workflow'
import type { talentCards } from './services.tables'

const named = (code: string, names: { nameZh: string; nameEn: string } | undefined) => ({
  code,
  nameZh: names?.nameZh ?? code,
  nameEn: names?.nameEn ?? code,
})
export const cityNamed = (code: string) =>
  named(
    code,
    cityReferences.find((city) => city.code === code),
  )
export const departmentNamed = (code: string) =>
  named(
    code,
    departments.find((department) => department.code === code),
  )
const materialOf = (code: string) => materials.find((material) => material.code === code)

export function presentItem(item: ItemRow) {
  return {
    code: item.code,
    version: item.version,
    category: narrow(serviceCategories, item.category),
    talentArea: item.talentArea === null ? null : narrow(talentAreas, item.talentArea),
    nameZh: item.nameZh,
    nameEn: item.nameEn,
    descriptionZh: item.descriptionZh,
    descriptionEn: item.descriptionEn,
    competentCity: cityNamed(item.competentCityCode),
    department: departmentNamed(item.departmentCode),
    mode: narrow(serviceModes, item.mode),
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    feeFen: item.feeFen,
    licence:
      item.licenceType === null
        ? null
        : {
            type: item.licenceType,
            nameZh: item.licenceNameZh ?? item.licenceType,
            nameEn: item.licenceNameEn ?? item.licenceType,
            validYears: item.licenceValidYears ?? 0,
          },
    materials: item.materials.map((wanted) => {
      const material = materialOf(wanted.code)
      return {
        code: wanted.code,
        nameZh: material?.nameZh ?? wanted.code,
        nameEn: material?.nameEn ?? wanted.code,
        required: wanted.required,
        kinds: (material?.kinds ?? []).map((kind) => narrow(materialKinds, kind)),
        reuse: material?.reuse ?? null,
      }
    }),
    isActive: item.isActive,
    updatedAt: item.updatedAt.toISOString(),
  }
}

export function presentVersion(version: ItemVersionRow) {
  return {
    version: version.version,
    changeNote: version.changeNote,
    changedByUserId: version.changedByUserId,
    createdAt: version.createdAt.toISOString(),
    snapshot: version.snapshot,
  }
}

export function presentCaseSummary(found: CaseRow, today: string) {
  return {
    id: found.id,
    number: found.number,
    item: {
      code: found.itemCode,
      version: found.itemVersion,
      nameZh: found.itemNameZh,
      nameEn: found.itemNameEn,
    },
    applicant: {
      kind: found.applicantKind,
      firmId: found.firmId,
      nameZh: found.applicantNameZh,
      nameEn: found.applicantNameEn,
    },
    windowCity: cityNamed(found.windowCityCode),
    competentCity: cityNamed(found.competentCityCode),
    department: departmentNamed(found.departmentCode),
    status: narrow(caseStatuses, found.status),
    purpose: found.purpose,
    submittedAt: found.submittedAt.toISOString(),
    acceptedAt: isoOrNull(found.acceptedAt),
    decidedAt: isoOrNull(found.decidedAt),
    decision: found.decision === null ? null : narrow(caseDecisions, found.decision),
    reason: found.reason,
    conditions: found.conditions,
    clock: {
      state: narrow(clockStates, found.clockState),
      dueOn: found.dueOn,
      pausedOn: found.pausedOn,
      isOverdue: found.clockState === 'running' && found.dueOn !== null && found.dueOn < today,
    },
    rating: found.rating,
    ratingComment: found.ratingComment,
    isSynthetic: found.isSynthetic,
  }
}

function presentMaterial(material: CaseMaterialRow) {
  const known = materialOf(material.materialCode)
  return {
    id: material.id,
    code: material.materialCode,
    nameZh: known?.nameZh ?? material.materialCode,
    nameEn: known?.nameEn ?? material.materialCode,
    source: narrow(materialSources, material.source),
    referenceId: material.referenceId,
    fileName: material.fileName,
    contentType: material.contentType,
    sizeBytes: material.sizeBytes,
    sha256: material.sha256,
    addedAt: material.addedAt.toISOString(),
  }
}

/** The moves and the other events of a case, in the order they happened. */
function timelineOf(moves: TransitionRow[], events: CaseEventRow[]) {
  const entries = [
    ...moves.map((move) => ({
      at: move.occurredAt.toISOString(),
      kind: 'move' as const,
      action: move.action,
      fromState: move.fromState,
      toState: move.toState,
      actorUserId: move.actorUserId,
      note: move.note,
      details: move.dueOn === null ? {} : { dueOn: move.dueOn },
    })),
    ...events.map((event) => ({
      at: event.occurredAt.toISOString(),
      kind: narrow(eventKinds, event.kind),
      action: null,
      fromState: null,
      toState: null,
      actorUserId: null,
      note: null,
      details: event.details,
    })),
  ]
  return entries.sort((left, right) => left.at.localeCompare(right.at))
}

export function presentCase(read: {
  found: CaseRow
  materials: CaseMaterialRow[]
  moves: TransitionRow[]
  events: CaseEventRow[]
  actions: string[]
  today: string
}) {
  return {
    ...presentCaseSummary(read.found, read.today),
    materials: read.materials.map(presentMaterial),
    timeline: timelineOf(read.moves, read.events),
    actions: read.actions,
  }
}

export function presentFigures(figures: {
  period: figuresRepository.Period
  today: string
  pairs: Awaited<ReturnType<typeof figuresRepository.casesByCityPair>>
  onTime: Awaited<ReturnType<typeof figuresRepository.onTimeByCity>>
  ratings: Record<
    'byItem' | 'byDepartment' | 'byCity',
    Awaited<ReturnType<typeof figuresRepository.ratingsBy>>
  >
  overdue: Awaited<ReturnType<typeof figuresRepository.overdueCases>>
}) {
  const rating = (kind: 'item' | 'department' | 'city') => (row: (typeof figures.ratings.byItem)[number]) => {
    const names =
      kind === 'item'
        ? { nameZh: row.name_zh ?? row.key, nameEn: row.name_en ?? row.key }
        : kind === 'department'
          ? departmentNamed(row.key)
          : cityNamed(row.key)
    return {
      key: row.key,
      nameZh: names.nameZh,
      nameEn: names.nameEn,
      ratings: Number(row.ratings),
      average: Number(row.average),
    }
  }
  return {
    period: figures.period,
    today: figures.today,
    pairs: figures.pairs.map((pair) => ({
      windowCity: cityNamed(pair.window_city_code),
      competentCity: cityNamed(pair.competent_city_code),
      cases: Number(pair.cases),
    })),
    onTime: figures.onTime.map((row) => {
      const decided = Number(row.decided)
      const onTime = Number(row.on_time)
      return {
        city: cityNamed(row.city_code),
        decided,
        onTime,
        onTimePercent: decided === 0 ? 0 : Math.round((onTime / decided) * 1000) / 10,
      }
    }),
    ratings: {
      byItem: figures.ratings.byItem.map(rating('item')),
      byDepartment: figures.ratings.byDepartment.map(rating('department')),
      byCity: figures.ratings.byCity.map(rating('city')),
    },
    overdue: figures.overdue.map((row) => ({
      id: row.id,
      number: row.number,
      itemNameZh: row.item_name_zh,
      itemNameEn: row.item_name_en,
      windowCity: cityNamed(row.window_city_code),
      competentCity: cityNamed(row.competent_city_code),
      dueOn: row.due_on,
      escalated: row.escalated_at !== null,
    })),
  }
}

export function presentTalentCard(card: typeof talentCards.$inferSelect) {
  return {
    id: card.id,
    number: card.number,
    caseId: card.caseId,
    holderNameZh: card.holderNameZh,
    holderNameEn: card.holderNameEn,
    city: cityNamed(card.cityCode),
    entitlements: card.entitlements.map((code) => {
      const entitlement = talentCardEntitlements.find((candidate) => candidate.code === code)
      return { code, nameZh: entitlement?.nameZh ?? code, nameEn: entitlement?.nameEn ?? code }
    }),
    issuedOn: card.issuedOn,
    validUntil: card.validUntil,
    isSynthetic: card.isSynthetic,
  }
}
