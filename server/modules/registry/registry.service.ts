// Rules for the corridor's structure: cities, industries, parks and the 1+7+N alliance tree.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError } from '../../platform/errors'
import { decodeCursor, pageById, pageSizeDefault, toPage } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import { registryPolicies as policies } from './registry.policies'
import * as repository from './registry.repository'
import type {
  CreateAllianceInput,
  CreateIndustryInput,
  CreateParkInput,
  ParkQueryInput,
  UpdateAllianceInput,
  UpdateCityInput,
  UpdateIndustryInput,
  UpdateParkInput,
} from './registry.schemas'
import { searchTextOf } from '../../db/search'

const allianceParentTier: Record<string, string | null> = {
  overall: null,
  key_industry: 'overall',
  sub: 'key_industry',
}

export function createStructureService(db: Database) {
  async function requireCity(code: string) {
    const city = await repository.findCity(db, code)
    if (city === undefined) throw new AppError('CITY_NOT_FOUND', { cityCode: code })
    return city
  }

  async function requireReference(kind: 'city' | 'industry' | 'park', id: string | null | undefined) {
    if (id === null || id === undefined) return
    const found =
      kind === 'city'
        ? await repository.findCity(db, id)
        : kind === 'industry'
          ? await repository.findIndustry(db, id)
          : await repository.findPark(db, id)
    if (found === undefined) throw new AppError('REFERENCE_UNKNOWN', { [kind]: id })
  }

  const noFigures: repository.CityFigures = {
    parks: 0,
    demonstrationParks: 0,
    highTechFirms: 0,
    leadingFirms: 0,
    institutions: 0,
    providers: 0,
  }

  async function listCities() {
    const [cities, figures] = await Promise.all([repository.listCities(db), repository.cityFigures(db)])
    return cities.map((city) => ({ ...city, figures: figures.get(city.code) ?? noFigures }))
  }

  async function getCity(code: string) {
    const city = await requireCity(code)
    const figures = await repository.cityFigures(db)
    return { ...city, figures: figures.get(code) ?? noFigures }
  }

  async function updateCity(principal: Principal | null, code: string, changes: UpdateCityInput) {
    const actor = authorize(principal, policies.updateCity, { cityCode: code })
    await requireCity(code)
    return db.transaction(async (transaction) => {
      const updated = await repository.updateCity(transaction, code, changes)
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'city.update',
        entityType: 'city',
        entityId: code,
        cityCode: code,
        details: changes,
      })
      return updated
    })
  }

  async function getIndustry(code: string) {
    const industry = await repository.findIndustry(db, code)
    if (industry === undefined) throw new AppError('INDUSTRY_NOT_FOUND', { industryCode: code })
    return industry
  }

  async function createIndustry(principal: Principal | null, input: CreateIndustryInput) {
    const actor = authorize(principal, policies.writeIndustry)
    return db.transaction(async (transaction) => {
      const inserted = await repository.insertIndustry(transaction, input)
      if (inserted === undefined) throw new AppError('INDUSTRY_EXISTS', { industryCode: input.code })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'industry.create',
        entityType: 'industry',
        entityId: input.code,
        details: input,
      })
      return inserted
    })
  }

  async function updateIndustry(principal: Principal | null, code: string, changes: UpdateIndustryInput) {
    const actor = authorize(principal, policies.writeIndustry)
    await getIndustry(code)
    return db.transaction(async (transaction) => {
      const updated = await repository.updateIndustry(transaction, code, changes)
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'industry.update',
        entityType: 'industry',
        entityId: code,
        details: changes,
      })
      return updated
    })
  }

  async function listParks(query: ParkQueryInput) {
    return pageById(query, (after, limit) => repository.listParks(db, query, after, limit))
  }

  async function getPark(id: string) {
    const park = await repository.findPark(db, id)
    if (park === undefined) throw new AppError('PARK_NOT_FOUND', { parkId: id })
    return park
  }

  async function createPark(principal: Principal | null, input: CreateParkInput) {
    const actor = authorize(principal, policies.writePark, { cityCode: input.cityCode })
    await requireReference('city', input.cityCode)
    await requireReference('industry', input.mainIndustryCode)
    return db.transaction(async (transaction) => {
      const inserted = await repository.insertPark(transaction, {
        ...input,
        id: newId('park'),
        searchText: searchTextOf(input.nameZh, input.nameEn),
      })
      if (inserted === undefined) throw new Error('park insert returned nothing')
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'park.create',
        entityType: 'park',
        entityId: inserted.id,
        cityCode: inserted.cityCode,
        details: input,
      })
      return inserted
    })
  }

  async function updatePark(principal: Principal | null, id: string, changes: UpdateParkInput) {
    const park = await getPark(id)
    const actor = authorize(principal, policies.writePark, { cityCode: park.cityCode })
    await requireReference('industry', changes.mainIndustryCode)
    return db.transaction(async (transaction) => {
      const updated = await repository.updatePark(transaction, id, {
        ...changes,
        searchText: searchTextOf(changes.nameZh ?? park.nameZh, changes.nameEn ?? park.nameEn),
      })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'park.update',
        entityType: 'park',
        entityId: id,
        cityCode: park.cityCode,
        details: changes,
      })
      return updated ?? park
    })
  }

  /** The whole 1+7+N tree in one query: it is small (tens of alliances). */
  async function allianceTree() {
    const rows = await repository.listAlliancesWithCounts(db)
    const childrenOf = (parentId: string) => rows.filter((row) => row.parentId === parentId)
    const roots = rows
      .filter((row) => row.parentId === null)
      .map((root) => ({
        ...root,
        children: childrenOf(root.id).map((child) => ({ ...child, children: childrenOf(child.id) })),
      }))
    return { roots, allianceCount: rows.filter((row) => row.isIndustrial).length }
  }

  async function getAlliance(id: string) {
    const rows = await repository.listAlliancesWithCounts(db)
    const alliance = rows.find((row) => row.id === id)
    if (alliance === undefined) throw new AppError('ALLIANCE_NOT_FOUND', { allianceId: id })
    return alliance
  }

  async function createAlliance(principal: Principal | null, input: CreateAllianceInput) {
    const actor = authorize(principal, policies.writeAlliance)
    const parent = input.parentId ? await repository.findAlliance(db, input.parentId) : undefined
    if ((parent?.tier ?? null) !== allianceParentTier[input.tier]) {
      throw new AppError('ALLIANCE_PARENT_INVALID', { tier: input.tier, parentId: input.parentId ?? null })
    }
    await requireReference('industry', input.industryCode)
    await requireReference('park', input.chairParkId)
    return db.transaction(async (transaction) => {
      const inserted = await repository.insertAlliance(transaction, {
        ...input,
        id: newId('alli'),
        searchText: searchTextOf(input.nameZh, input.nameEn),
      })
      if (inserted === undefined) throw new Error('alliance insert returned nothing')
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'alliance.create',
        entityType: 'alliance',
        entityId: inserted.id,
        details: input,
      })
      return { ...inserted, memberCount: 0 }
    })
  }

  async function updateAlliance(principal: Principal | null, id: string, changes: UpdateAllianceInput) {
    const actor = authorize(principal, policies.writeAlliance)
    const alliance = await getAlliance(id)
    await requireReference('park', changes.chairParkId)
    return db.transaction(async (transaction) => {
      const updated = await repository.updateAlliance(transaction, id, {
        ...changes,
        searchText: searchTextOf(changes.nameZh ?? alliance.nameZh, changes.nameEn ?? alliance.nameEn),
      })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'alliance.update',
        entityType: 'alliance',
        entityId: id,
        details: changes,
      })
      return { ...(updated ?? alliance), memberCount: alliance.memberCount }
    })
  }

  async function listAllianceMembers(
    id: string,
    query: { kind?: 'park' | 'firm'; limit?: number; cursor?: string },
  ) {
    await getAlliance(id)
    const limit = query.limit ?? pageSizeDefault
    const rows = await repository.listAllianceMembers(db, id, query.kind, decodeCursor(query.cursor), limit)
    return toPage(
      rows,
      limit,
      (row) => row.member_id,
      (row) => ({
        memberId: row.member_id,
        memberKind: row.member_kind,
        nameZh: row.name_zh,
        nameEn: row.name_en,
        cityCode: row.city_code,
        joinedOn: row.joined_on,
      }),
    )
  }

  async function addAllianceMember(
    principal: Principal | null,
    allianceId: string,
    input: { memberId: string; joinedOn?: string },
  ) {
    const actor = authorize(principal, policies.writeAlliance)
    await getAlliance(allianceId)
    const memberKind = input.memberId.startsWith('park_')
      ? 'park'
      : input.memberId.startsWith('firm_')
        ? 'firm'
        : null
    const known =
      memberKind === null
        ? new Set<string>()
        : await repository.existingIds(db, `${memberKind}s`, [input.memberId])
    if (memberKind === null || !known.has(input.memberId)) {
      throw new AppError('REFERENCE_UNKNOWN', { memberId: input.memberId })
    }
    const joinedOn = input.joinedOn ?? new Date().toISOString().slice(0, 10)
    await db.transaction(async (transaction) => {
      const inserted = await repository.insertAllianceMember(transaction, {
        allianceId,
        memberId: input.memberId,
        memberKind,
        joinedOn,
      })
      if (inserted === undefined) return
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'alliance.member_add',
        entityType: 'alliance',
        entityId: allianceId,
        details: { memberId: input.memberId, memberKind, joinedOn },
      })
    })
    return getAlliance(allianceId)
  }

  return {
    listCities,
    getCity,
    updateCity,
    listIndustries: (taxonomy?: string) => repository.listIndustries(db, taxonomy),
    getIndustry,
    createIndustry,
    updateIndustry,
    listParks,
    getPark,
    createPark,
    updatePark,
    allianceTree,
    getAlliance,
    createAlliance,
    updateAlliance,
    listAllianceMembers,
    addAllianceMember,
    summary: () => repository.summary(db),
    requireReference,
  }
}

export type StructureService = ReturnType<typeof createStructureService>
