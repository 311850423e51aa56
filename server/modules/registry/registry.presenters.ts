// Rows to API shapes: dates as ISO strings, internal columns (search text, private figures) left out.
import type { FirmListRow, FirmRow, InstitutionRow, ProviderRow } from './organisations.repository'
import type { AllianceWithCount, CityRow, IndustryRow, ParkListRow, ParkRow } from './registry.repository'

const stamps = (row: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

export function presentCity(row: CityRow) {
  return {
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    provinceZh: row.provinceZh,
    provinceEn: row.provinceEn,
    latitude: row.latitude,
    longitude: row.longitude,
    roleZh: row.roleZh,
    roleEn: row.roleEn,
  }
}

export function presentIndustry(row: IndustryRow) {
  const taxonomy: '6+X' | 'alliance_key' = row.taxonomy === 'alliance_key' ? 'alliance_key' : '6+X'
  return { code: row.code, nameZh: row.nameZh, nameEn: row.nameEn, taxonomy }
}

export function presentPark(row: ParkRow) {
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    cityCode: row.cityCode,
    level: row.level,
    isFoundingMember: row.isFoundingMember,
    isDemonstrationPark: row.isDemonstrationPark,
    mainIndustryCode: row.mainIndustryCode,
    isSynthetic: row.isSynthetic,
    ...stamps(row),
  }
}

/** A park as its list shows it: with its main industry's name. */
export function presentParkListItem(row: ParkListRow) {
  return {
    ...presentPark(row),
    mainIndustry:
      row.mainIndustryCode === null || row.mainIndustryNameZh === null || row.mainIndustryNameEn === null
        ? null
        : { code: row.mainIndustryCode, nameZh: row.mainIndustryNameZh, nameEn: row.mainIndustryNameEn },
  }
}

type Tier = 'overall' | 'key_industry' | 'sub'
const tierOf = (tier: string): Tier => (tier === 'overall' || tier === 'key_industry' ? tier : 'sub')

export function presentAlliance(row: AllianceWithCount) {
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    tier: tierOf(row.tier),
    parentId: row.parentId,
    industryCode: row.industryCode,
    chairParkId: row.chairParkId,
    memberCount: row.memberCount,
    isSynthetic: row.isSynthetic,
  }
}

type Stage = 'start_up' | 'growth' | 'mature'
type Size = 'micro' | 'small' | 'medium' | 'large'

/** The public profile only: R&D spend, revenue and staff are private figures (GET /api/firms/{id}/figures). */
export function presentFirm(row: FirmRow) {
  return {
    id: row.id,
    creditCode: row.creditCode,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    cityCode: row.cityCode,
    parkId: row.parkId,
    industryCode: row.industryCode,
    size: row.size as Size,
    stage: row.stage as Stage,
    isHighTech: row.isHighTech,
    highTechCertifiedOn: row.highTechCertifiedOn,
    isLeading: row.isLeading,
    isTechSme: row.isTechSme,
    foundedOn: row.foundedOn,
    isSynthetic: row.isSynthetic,
    ...stamps(row),
  }
}

/** A firm as its list shows it: its public profile with its industry's and park's names. */
export function presentFirmListItem(row: FirmListRow) {
  return {
    ...presentFirm(row),
    industry: { code: row.industryCode, nameZh: row.industryNameZh, nameEn: row.industryNameEn },
    park:
      row.parkId === null || row.parkNameZh === null || row.parkNameEn === null
        ? null
        : { id: row.parkId, nameZh: row.parkNameZh, nameEn: row.parkNameEn },
  }
}

type InstitutionKind =
  | 'bank'
  | 'broker'
  | 'fund'
  | 'insurer'
  | 'accounting_firm'
  | 'law_firm'
  | 'guarantee_company'
  | 'ip_agency'
  | 'hr_firm'
  | 'investment_firm'

export function presentInstitution(row: InstitutionRow) {
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    kind: row.kind as InstitutionKind,
    cityCode: row.cityCode,
    isAllianceMember: row.isAllianceMember,
    joinedOn: row.joinedOn,
    isSynthetic: row.isSynthetic,
    ...stamps(row),
  }
}

type ProviderKind = 'lab' | 'test_centre' | 'university' | 'research_institute'
type AdmissionStatus =
  'self_evaluation' | 'credit_check' | 'public_notice' | 'active' | 'suspended' | 'blacklisted'

export function presentProvider(row: ProviderRow) {
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    kind: row.kind as ProviderKind,
    cityCode: row.cityCode,
    creditCode: row.creditCode,
    admissionStatus: row.admissionStatus as AdmissionStatus,
    admissionUpdatedOn: row.admissionUpdatedOn,
    isSynthetic: row.isSynthetic,
    ...stamps(row),
  }
}
