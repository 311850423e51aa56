// The shapes the API answers with: money in fen, times in ISO 8601 UTC, enumerations narrowed to their values.
import { assert } from '../../platform/errors'
import { iso, isoOrNull, narrow } from '../../platform/stored'
import {
  caseStages,
  firmStages,
  indicators,
  needStatuses,
  productStatuses,
  productTypes,
  referralStatuses,
  urgencies,
  type IndicatorGroup,
} from './finance.reference'
import type { CaseNoteRow, NamedCaseRow } from './cases.repository'
import type { NamedNeedRow, NeedRow } from './needs.repository'
import type { NamedProductRow, ProductRow } from './products.repository'
import type { NamedReferralRow, ReferralRow } from './referrals.repository'
import type { FullMarks, Score } from './scoring'

export function presentProduct(row: ProductRow) {
  return {
    id: row.id,
    institutionId: row.institutionId,
    cityCode: row.cityCode,
    productType: narrow(productTypes, row.productType),
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    descriptionZh: row.descriptionZh,
    amountMinFen: row.amountMinFen,
    amountMaxFen: row.amountMaxFen,
    rateCapBps: row.rateCapBps,
    termMinMonths: row.termMinMonths,
    termMaxMonths: row.termMaxMonths,
    citiesServed: row.citiesServed,
    industries: row.industries,
    stages: row.stages.map((stage) => narrow(firmStages, stage)),
    minScoreTenths: row.minScoreTenths,
    requiresHighTech: row.requiresHighTech,
    requiresTechSme: row.requiresTechSme,
    riskSharePercent: row.riskSharePercent,
    status: narrow(productStatuses, row.status),
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

/** A product in a list, with its institution named. */
export function presentListedProduct(row: NamedProductRow) {
  return {
    ...presentProduct(row),
    institution: { id: row.institutionId, nameZh: row.institutionNameZh, nameEn: row.institutionNameEn },
  }
}

const definitionOf = new Map<string, (typeof indicators)[number]>(
  indicators.map((indicator) => [indicator.code, indicator]),
)

export function presentScore(
  score: Score & { firmId: string; asOf: string; parameterSetEffectiveFrom: string; fullMarks: FullMarks },
) {
  const contributions = score.contributions.map((contribution) => {
    const definition = definitionOf.get(contribution.code)
    assert(definition !== undefined, `unknown indicator ${contribution.code}`)
    return {
      code: contribution.code,
      group: definition.group,
      nameZh: definition.nameZh,
      nameEn: definition.nameEn,
      unit: definition.unit,
      value: contribution.value,
      source: contribution.source,
      asOf: contribution.asOf,
      weightPermille: contribution.weightPermille,
      fullMarks: score.fullMarks[contribution.code],
      attainment: contribution.attainment,
      pointsTenths: contribution.pointsTenths,
    }
  })
  const groups = (['technical_innovation', 'growth_operations', 'auxiliary'] as const).map(
    (group: IndicatorGroup) => ({
      group,
      pointsTenths: contributions
        .filter((item) => item.group === group)
        .reduce((sum, item) => sum + item.pointsTenths, 0),
      weightPermille: contributions
        .filter((item) => item.group === group)
        .reduce((sum, item) => sum + item.weightPermille, 0),
    }),
  )
  return {
    firmId: score.firmId,
    asOf: score.asOf,
    parameterSetId: score.parameterSetId,
    parameterSetEffectiveFrom: score.parameterSetEffectiveFrom,
    stage: score.stage,
    score: score.totalTenths / 10,
    totalTenths: score.totalTenths,
    groups,
    contributions,
  }
}

export function presentNeed(row: NeedRow) {
  return {
    id: row.id,
    firmId: row.firmId,
    cityCode: row.cityCode,
    productType: narrow(productTypes, row.productType),
    amountFen: row.amountFen,
    termMonths: row.termMonths,
    purpose: row.purpose,
    urgency: narrow(urgencies, row.urgency),
    status: narrow(needStatuses, row.status),
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

/** A need in a list or on its page, with its firm named. */
export function presentListedNeed(row: NamedNeedRow) {
  return { ...presentNeed(row), firm: { id: row.firmId, nameZh: row.firmNameZh, nameEn: row.firmNameEn } }
}

/** A referral in a list, with its firm, product and institution named. */
export function presentListedReferral(row: NamedReferralRow) {
  return {
    ...presentReferral(row),
    firm: { id: row.firmId, nameZh: row.firmNameZh, nameEn: row.firmNameEn },
    product: { id: row.productId, nameZh: row.productNameZh, nameEn: row.productNameEn },
    institution: { id: row.institutionId, nameZh: row.institutionNameZh, nameEn: row.institutionNameEn },
  }
}

export function presentReferral(row: ReferralRow) {
  return {
    id: row.id,
    needId: row.needId,
    firmId: row.firmId,
    firmCityCode: row.firmCityCode,
    productId: row.productId,
    institutionId: row.institutionId,
    productType: narrow(productTypes, row.productType),
    requestedAmountFen: row.requestedAmountFen,
    status: narrow(referralStatuses, row.status),
    consent: {
      grantedAt: iso(row.consentGrantedAt),
      revokedAt: isoOrNull(row.consentRevokedAt),
      live: row.consentRevokedAt === null,
    },
    approvedAmountFen: row.approvedAmountFen,
    rateBps: row.rateBps,
    termMonths: row.termMonths,
    declineReason: row.declineReason,
    decidedAt: isoOrNull(row.decidedAt),
    drawnAmountFen: row.drawnAmountFen,
    drawnAt: isoOrNull(row.drawnAt),
    isFirstLoan: row.isFirstLoan,
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

export function presentCase(row: NamedCaseRow) {
  return {
    id: row.id,
    cityCode: row.cityCode,
    firmId: row.firmId,
    firm: { id: row.firmId, nameZh: row.firmNameZh ?? '', nameEn: row.firmNameEn ?? '' },
    officerUserId: row.officerUserId,
    officer: {
      id: row.officerUserId,
      nameZh: row.officerNameZh ?? '',
      nameEn: row.officerNameEn ?? '',
    },
    stage: narrow(caseStages, row.stage),
    dueOn: row.dueOn,
    referralId: row.referralId,
    summary: row.summary,
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

export function presentCaseWithNotes(row: NamedCaseRow & { notes: CaseNoteRow[] }) {
  return {
    ...presentCase(row),
    notes: row.notes.map((note) => ({
      stage: note.stage,
      text: note.text,
      authorUserId: note.authorUserId,
      createdAt: iso(note.createdAt),
    })),
  }
}
