// The registry's doors in SQL: the views other modules' SQL reads, never the registry's tables (foreign keys aside).
// A view here is a published contract: add columns freely, remove or rename one only with its readers.
import { eq } from 'drizzle-orm'
import { pgView } from 'drizzle-orm/pg-core'
import { allianceMembers, alliances, cities, firms, institutions, providers } from './registry.tables'

/** A firm's registry facts: identity, place, industry, stage, certifications and its reported figures. */
export const registryFirmFacts = pgView('registry_firm_facts').as((query) =>
  query
    .select({
      id: firms.id,
      creditCode: firms.creditCode,
      nameZh: firms.nameZh,
      nameEn: firms.nameEn,
      cityCode: firms.cityCode,
      parkId: firms.parkId,
      industryCode: firms.industryCode,
      size: firms.size,
      stage: firms.stage,
      isHighTech: firms.isHighTech,
      highTechCertifiedOn: firms.highTechCertifiedOn,
      isLeading: firms.isLeading,
      isTechSme: firms.isTechSme,
      foundedOn: firms.foundedOn,
      researchSpendFen: firms.researchSpendFen,
      revenueFen: firms.revenueFen,
      staffCount: firms.staffCount,
      figuresReportedOn: firms.figuresReportedOn,
      isSynthetic: firms.isSynthetic,
    })
    .from(firms),
)

/** A provider's identity, city and admission standing (only an active provider is paid or booked). */
export const registryProviderStanding = pgView('registry_provider_standing').as((query) =>
  query
    .select({
      id: providers.id,
      creditCode: providers.creditCode,
      nameZh: providers.nameZh,
      nameEn: providers.nameEn,
      kind: providers.kind,
      cityCode: providers.cityCode,
      admissionStatus: providers.admissionStatus,
      admissionUpdatedOn: providers.admissionUpdatedOn,
      isSynthetic: providers.isSynthetic,
    })
    .from(providers),
)

/** The nine cities' names in both languages. */
export const registryCityNames = pgView('registry_city_names').as((query) =>
  query
    .select({
      code: cities.code,
      nameZh: cities.nameZh,
      nameEn: cities.nameEn,
      provinceZh: cities.provinceZh,
      provinceEn: cities.provinceEn,
    })
    .from(cities),
)

/** Which alliances a firm or park belongs to, with each alliance's tier and industry (the 1+7+N). */
export const registryAllianceMemberships = pgView('registry_alliance_memberships').as((query) =>
  query
    .select({
      memberId: allianceMembers.memberId,
      memberKind: allianceMembers.memberKind,
      allianceId: alliances.id,
      tier: alliances.tier,
      industryCode: alliances.industryCode,
      joinedOn: allianceMembers.joinedOn,
    })
    .from(allianceMembers)
    .innerJoin(alliances, eq(alliances.id, allianceMembers.allianceId)),
)

/** A financial institution's identity, kind and city: where the credit it grants comes from. */
export const registryInstitutionPlaces = pgView('registry_institution_places').as((query) =>
  query
    .select({
      id: institutions.id,
      nameZh: institutions.nameZh,
      nameEn: institutions.nameEn,
      kind: institutions.kind,
      cityCode: institutions.cityCode,
    })
    .from(institutions),
)
