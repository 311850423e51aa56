// The 1+7+N alliance tree: the overall alliance, the key-industry alliances under it and theirs, with members.
import { searchTextOf } from '../../db/search'
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError, orRefuse } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import { allianceMemberExportColumns, type AllianceMemberItem } from './alliance-members.export'
import { requireReference } from './references.service'
import { registryPolicies as policies } from './registry.policies'
import * as repository from './registry.repository'
import type { AllianceMembersQueryInput, CreateAllianceInput, UpdateAllianceInput } from './registry.schemas'
import type { StructureDependencies } from './registry.service'

const allianceAudit = auditTrail('alliance')

const allianceParentTier: Record<string, string | null> = {
  overall: null,
  key_industry: 'overall',
  sub: 'key_industry',
}

/** The whole 1+7+N tree in one query: it is small (tens of alliances). */
export async function allianceTree(dependencies: StructureDependencies) {
  const { db } = dependencies
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

export async function getAlliance(dependencies: StructureDependencies, id: string) {
  const { db } = dependencies
  const rows = await repository.listAlliancesWithCounts(db)
  const alliance = orRefuse(
    rows.find((row) => row.id === id),
    'ALLIANCE_NOT_FOUND',
    { allianceId: id },
  )
  return alliance
}

export async function createAlliance(
  dependencies: StructureDependencies,
  principal: Principal | null,
  input: CreateAllianceInput,
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.writeAlliance)
  const parent = input.parentId ? await repository.findAlliance(db, input.parentId) : undefined
  if ((parent?.tier ?? null) !== allianceParentTier[input.tier]) {
    throw new AppError('ALLIANCE_PARENT_INVALID', { tier: input.tier, parentId: input.parentId ?? null })
  }
  await requireReference(dependencies, 'industry', input.industryCode)
  await requireReference(dependencies, 'park', input.chairParkId)
  return db.transaction(async (transaction) => {
    const inserted = await repository.insertAlliance(transaction, {
      ...input,
      id: newId('alli'),
      searchText: searchTextOf(input.nameZh, input.nameEn),
    })
    await allianceAudit.record(transaction, actor, 'create', { id: inserted.id, cityCode: null }, input)
    return { ...inserted, memberCount: 0 }
  })
}

export async function updateAlliance(
  dependencies: StructureDependencies,
  principal: Principal | null,
  id: string,
  changes: UpdateAllianceInput,
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.writeAlliance)
  const alliance = await getAlliance(dependencies, id)
  await requireReference(dependencies, 'park', changes.chairParkId)
  return db.transaction(async (transaction) => {
    const updated = await repository.updateAlliance(transaction, id, {
      ...changes,
      searchText: searchTextOf(changes.nameZh ?? alliance.nameZh, changes.nameEn ?? alliance.nameEn),
    })
    await allianceAudit.record(transaction, actor, 'update', { id, cityCode: null }, changes)
    return { ...(updated ?? alliance), memberCount: alliance.memberCount }
  })
}

export async function listAllianceMembers(
  dependencies: StructureDependencies,
  id: string,
  query: AllianceMembersQueryInput,
) {
  const { db } = dependencies
  await getAlliance(dependencies, id)
  const page = sortedPageRequest(query, allianceMemberSortDefault)
  const read = await repository.listAllianceMembers(db, id, query.kind, page)
  const listed = toListPage(
    page,
    { rows: read.rows.map((row) => ({ ...row, id: row.memberId })), total: read.total },
    (row) => row.joinedOn,
  )
  return {
    ...listed,
    items: listed.items.map((row) => ({
      memberId: row.memberId,
      memberKind: row.memberKind === 'park' ? ('park' as const) : ('firm' as const),
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      cityCode: row.cityCode,
      joinedOn: row.joinedOn,
    })),
  }
}

/** An alliance's members, newest joined first: who came in lately is what people ask about. */
const allianceMemberSortDefault = '-joinedOn'

/** An alliance's members as a file: the list's own read with the export's row bound, in the list's order. */
export async function exportAllianceMembers(
  dependencies: StructureDependencies,
  id: string,
  query: AllianceMembersQueryInput,
  rowsMax: number,
): Promise<ExportTable<AllianceMemberItem>> {
  const page = await listAllianceMembers(dependencies, id, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'alliance-members',
    sheetName: 'members',
    columns: allianceMemberExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

export async function addAllianceMember(
  dependencies: StructureDependencies,
  principal: Principal | null,
  allianceId: string,
  input: { memberId: string; joinedOn?: string },
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.writeAlliance)
  await getAlliance(dependencies, allianceId)
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
    await allianceAudit.record(
      transaction,
      actor,
      'member_add',
      { id: allianceId, cityCode: null },
      { memberId: input.memberId, memberKind, joinedOn },
    )
  })
  return getAlliance(dependencies, allianceId)
}
