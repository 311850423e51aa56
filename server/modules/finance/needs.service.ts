// Financing needs and matching: a firm states what it needs; the matcher filters every product of that type by the
// hard conditions and ranks what passes, saying why; an institution sees open needs its product fits.
import type { Database } from '../../db/client'
import { auditTrail } from '../../platform/audit'
import { authorize, requirePrincipal, type Principal } from '../../platform/authorization'
import { AppError, assert, orRefuse } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import { financePolicies as policies } from './finance.policies'
import { firmStages, type FirmStage, type ProductType } from './finance.reference'
import type { ProductRow } from './products.repository'
import * as repository from './needs.repository'
import type { CreateNeedInput, NeedQueryInput } from './finance.schemas'
import { needExportColumns } from './needs.export'
import { failedConditions, matchNeed, type MatchFirm } from './matching'
import type { FinanceRegistryAccess } from './products.service'
import type { ScoresService } from './scores.service'
import type { MatchingCatalogue } from './catalogue'
import { shanghaiDateOf } from '../../platform/calendar'

const financingNeedAudit = auditTrail('financing_need')

/** What an answer lists, and the open needs an institution's product is checked against. */
const openNeedsConsideredMax = 5000
const matchLimits = { matches: 20, nearMisses: 10, nearMissFailuresMax: 2 }
const productNeedsMax = 100
/** A firm's needs, a city's and the office's are histories: newest first. */
const needSortDefault = '-createdAt'

const componentReasons: Record<string, (value: number) => string> = {
  amountFit: (value) => (value >= 0.9 ? 'amount sits well inside the product range' : 'amount within range'),
  rate: (value) =>
    value >= 0.9 ? 'lowest rate cap among eligible products' : 'rate cap within the eligible spread',
  termFit: (value) => (value >= 0.9 ? 'term sits well inside the product range' : 'term within range'),
  scoreMargin: (value) =>
    value >= 0.5 ? 'score well above the product minimum' : 'score meets the product minimum',
  specificity: (value) =>
    value > 0 ? 'product aimed at this industry or stage' : 'product open to all industries and stages',
  pastOutcomes: (value) =>
    value >= 0.6 ? 'institution approves most referrals' : 'institution track record average or unknown',
}

const isStage = (value: string): value is FirmStage => (firmStages as readonly string[]).includes(value)

interface NeedsDependencies {
  db: Database
  registry: FinanceRegistryAccess
  scores: ScoresService
  catalogue: MatchingCatalogue
}

async function getNeed(dependencies: NeedsDependencies, principal: Principal | null, id: string) {
  const need = orRefuse(await repository.findNamedNeed(dependencies.db, id), 'NEED_NOT_FOUND', {
    needId: id,
  })
  authorize(principal, policies.readNeed, { cityCode: need.cityCode, organisationId: need.firmId })
  return need
}

async function listNeeds(
  dependencies: NeedsDependencies,
  principal: Principal | null,
  query: NeedQueryInput,
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.readNeed, {
    cityCode: query.city ?? principal?.cityCode ?? null,
    organisationId: query.firm ?? principal?.organisationId ?? null,
  })
  const filter = {
    firmId: actor.role === 'firm' ? (actor.organisationId ?? '') : query.firm,
    cityCode:
      actor.role === 'city_officer' || actor.role === 'workstation' ? (actor.cityCode ?? '') : query.city,
    status: query.status,
  }
  const page = sortedPageRequest(query, needSortDefault)
  const read = await repository.listNeeds(db, filter, page)
  return toListPage(page, read, (need) => need[page.order.key])
}

/** The needs list as a file: the list's own read (and its refusals), bounded by the export's rows. */
async function exportNeeds(
  dependencies: NeedsDependencies,
  principal: Principal | null,
  query: NeedQueryInput,
  rowsMax: number,
): Promise<ExportTable<repository.NamedNeedRow>> {
  const page = await listNeeds(dependencies, principal, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'financing-needs',
    sheetName: 'needs',
    columns: needExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

async function createNeed(
  dependencies: NeedsDependencies,
  principal: Principal | null,
  input: CreateNeedInput,
) {
  const { db, registry } = dependencies
  const caller = requirePrincipal(principal)
  const firmId = input.firmId ?? (caller.role === 'firm' ? caller.organisationId : null)
  if (firmId === null)
    throw new AppError('VALIDATION_FAILED', { problems: [{ path: '/firmId', rule: 'required' }] })
  const firm = await registry.getFirm(firmId)
  const actor = authorize(caller, policies.writeNeed, { cityCode: firm.cityCode, organisationId: firm.id })
  return db.transaction(async (transaction) => {
    const inserted = await repository.insertNeed(transaction, {
      id: newId('fned'),
      firmId: firm.id,
      cityCode: firm.cityCode,
      productType: input.productType,
      amountFen: input.amountFen,
      termMonths: input.termMonths,
      purpose: input.purpose,
      urgency: input.urgency,
      createdByUserId: actor.userId,
    })
    await financingNeedAudit.record(transaction, actor, 'create', inserted, {
      productType: input.productType,
      amountFen: input.amountFen,
      termMonths: input.termMonths,
    })
    return inserted
  })
}

async function matchFirm(dependencies: NeedsDependencies, firmId: string): Promise<MatchFirm> {
  const { registry, scores } = dependencies
  const firm = await registry.getFirm(firmId)
  assert(isStage(firm.stage), `firm ${firm.id} has stage ${firm.stage}`)
  const { score } = await scores.computeScore(firm, shanghaiDateOf())
  return { ...firm, stage: firm.stage, scoreTenths: score.totalTenths }
}

/**
 * Ranked matches with their reasons, and near misses with the conditions they failed. One round trip: the need, its
 * firm and the firm's latest indicator values come in one statement; products, outcomes and parameters from memory.
 */
async function matchesForNeed(dependencies: NeedsDependencies, principal: Principal | null, id: string) {
  const { db, scores, catalogue } = dependencies
  const day = shanghaiDateOf()
  const found = orRefuse(await repository.needForMatching(db, id, day), 'NEED_NOT_FOUND', { needId: id })
  const { need } = found
  authorize(principal, policies.readNeed, { cityCode: need.cityCode, organisationId: need.firmId })
  const [{ score }, { products, byId }, outcomes] = await Promise.all([
    scores.scoreWithValues(found.firm, found.latestValues, day),
    catalogue.activeProductsOfType(need.productType),
    catalogue.outcomesByInstitution(),
  ])
  assert(isStage(found.firm.stage), `firm ${found.firm.id} has stage ${found.firm.stage}`)
  const firm: MatchFirm = { ...found.firm, stage: found.firm.stage, scoreTenths: score.totalTenths }
  const result = matchNeed(
    {
      productType: need.productType as ProductType,
      amountFen: need.amountFen,
      termMonths: need.termMonths,
    },
    firm,
    products,
    outcomes,
    matchLimits,
  )
  const summary = (productId: string) => {
    const product = byId.get(productId)
    assert(product !== undefined, `matched product ${productId} is missing`)
    return {
      id: product.id,
      institutionId: product.institutionId,
      institution: {
        id: product.institutionId,
        nameZh: product.institutionNameZh,
        nameEn: product.institutionNameEn,
      },
      nameZh: product.nameZh,
      nameEn: product.nameEn,
      productType: product.productType as ProductType,
      rateCapBps: product.rateCapBps,
      riskSharePercent: product.riskSharePercent,
    }
  }
  return {
    needId: need.id,
    firmScoreTenths: firm.scoreTenths,
    consideredCount: result.consideredCount,
    matches: result.matches.map((match) => ({
      product: summary(match.productId),
      rankScore: match.rankScore,
      components: match.components,
      reasons: [...match.components]
        .sort((left, right) => right.points - left.points)
        .map(
          (component) =>
            `${componentReasons[component.component]?.(component.value) ?? component.component} (+${component.points})`,
        ),
    })),
    nearMisses: result.nearMisses.map((miss) => ({
      product: summary(miss.productId),
      failed: miss.failed,
    })),
  }
}

/**
 * For an institution: open needs its product fits, without any firm's indicators (those need consent). The score
 * condition is checked against the stored score and shown only as passed.
 */
async function needsForProduct(
  dependencies: NeedsDependencies,
  principal: Principal | null,
  product: ProductRow,
) {
  const { db } = dependencies
  authorize(principal, policies.matchFirmsForProduct, {
    cityCode: product.cityCode,
    organisationId: product.institutionId,
  })
  const rows = await repository.openNeedsWithFirms(db, product.productType, openNeedsConsideredMax)
  const fitting = rows.filter((row) => {
    if (!isStage(row.stage)) return false
    const failed = failedConditions(
      {
        productType: product.productType as ProductType,
        amountFen: Number(row.amount_fen),
        termMonths: row.term_months,
      },
      {
        cityCode: row.city_code,
        stage: row.stage,
        industryCode: row.industry_code,
        isHighTech: row.is_high_tech,
        isTechSme: row.is_tech_sme,
        scoreTenths: row.score_tenths ?? 0,
      },
      product,
    )
    return failed.length === 0
  })
  return {
    productId: product.id,
    needs: fitting.slice(0, productNeedsMax).map((row) => ({
      needId: row.need_id,
      firmId: row.firm_id,
      firmNameZh: row.firm_name_zh,
      firm: { id: row.firm_id, nameZh: row.firm_name_zh, nameEn: row.firm_name_en },
      cityCode: row.city_code,
      amountFen: Number(row.amount_fen),
      termMonths: row.term_months,
      urgency: row.urgency,
    })),
  }
}

export function createNeedsService(
  db: Database,
  registry: FinanceRegistryAccess,
  scores: ScoresService,
  catalogue: MatchingCatalogue,
) {
  const dependencies: NeedsDependencies = { db, registry, scores, catalogue }
  return {
    getNeed: getNeed.bind(null, dependencies),
    listNeeds: listNeeds.bind(null, dependencies),
    exportNeeds: exportNeeds.bind(null, dependencies),
    createNeed: createNeed.bind(null, dependencies),
    matchesForNeed: matchesForNeed.bind(null, dependencies),
    needsForProduct: needsForProduct.bind(null, dependencies),
    matchFirm: matchFirm.bind(null, dependencies),
  }
}

export type NeedsService = ReturnType<typeof createNeedsService>
