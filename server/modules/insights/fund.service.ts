// The G60 fund: jointly funded by the nine cities and Haitong Securities, investing in seven new industries. The
// corridor office records an investment (from an equity referral of tech finance, or directly), a follow-on round and
// an exit; every investment calls its capital from every backer pro rata to its commitment, and the database's CHECK
// on each backer is what refuses a call beyond a commitment, however many calls race. Its figures are open to every
// signed-in role; the investments with firms' names to the office, the cities' officers and workstations, and a firm's
// own to the firm.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiDateOf } from '../../platform/calendar'
import { AppError, assert } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import { fundPolicies as policies } from './fund.policies'
import { investmentExportColumns, type InvestmentExportItem } from './fund.export'
import * as repository from './fund.repository'
import type { InvestmentQueryInput, ReferralQueryInput } from './fund.schemas'
import { fundIndustries, fundStages, type FundExitKind, type FundStage } from './insights.states'

/** the follow-ons shown with an investment */
const followOnsMax = 100
const citiesMax = 20
/** SQLSTATEs of the constraints that settle races: a CHECK and a unique key */
const checkViolation = '23514'
const uniqueViolation = '23505'

export interface FirmLookup {
  getFirm(id: string): Promise<{ id: string; cityCode: string; nameZh: string; nameEn: string }>
}

export interface InvestInput {
  firmId: string
  /** checked here against the seven, so that an industry outside them gets its own code */
  industry: string
  stage: FundStage
  amountFen: number
  investedOn: string
  referralId?: string | undefined
}

export interface FollowOnInput {
  stage: FundStage
  amountFen: number
  investedOn: string
}

export interface ExitInput {
  exitKind: FundExitKind
  exitedOn: string
  exitProceedsFen: number
}

/** Without a sort the investments are a history, the newest first. */
const investmentSortDefault = '-investedOn'

/**
 * Each backer's share of an amount, pro rata to its commitment, in whole fen summing exactly to the amount: the
 * floor of each exact share, then one fen more to the largest remainders (ties to the earlier code).
 */
export function apportion(
  amountFen: number,
  backers: readonly { code: string; committedFen: number }[],
): { backerCode: string; amountFen: number }[] {
  const totalFen = backers.reduce((sum, backer) => sum + BigInt(backer.committedFen), 0n)
  assert(totalFen > 0n, 'the fund has commitments to share a call over')
  // amount × commitment passes 2^53 (¥5 billion × ¥3 billion in fen): exact in bigint
  const exact = backers.map((backer, position) => {
    const product = BigInt(amountFen) * BigInt(backer.committedFen)
    return { position, code: backer.code, floorFen: product / totalFen, remainder: product % totalFen }
  })
  let leftoverFen = BigInt(amountFen) - exact.reduce((sum, share) => sum + share.floorFen, 0n)
  const byRemainder = [...exact].sort((first, second) =>
    first.remainder === second.remainder
      ? first.code < second.code
        ? -1
        : 1
      : first.remainder > second.remainder
        ? -1
        : 1,
  )
  const extra = new Set<number>()
  for (const share of byRemainder) {
    if (leftoverFen <= 0n) break
    extra.add(share.position)
    leftoverFen -= 1n
  }
  return exact.map((share) => ({
    backerCode: share.code,
    amountFen: Number(share.floorFen) + (extra.has(share.position) ? 1 : 0),
  }))
}

/** A round is dated on a day that has been, once the fund existed (its first commitment; unknown before the lock). */
function refuseFutureOrEarly(investedOn: string, backers: readonly repository.BackerRow[]) {
  const today = shanghaiDateOf()
  const firstCommittedOn = backers.reduce<string | null>(
    (first, backer) => (first === null || backer.committedOn < first ? backer.committedOn : first),
    null,
  )
  if (investedOn > today || (firstCommittedOn !== null && investedOn < firstCommittedOn))
    throw new AppError('INSIGHTS_FUND_DATE_INVALID', { investedOn, today, firstCommittedOn })
}

type NewRound = Omit<repository.NewInvestment, 'id' | 'number' | 'createdByUserId' | 'isSynthetic'>

/**
 * In the caller's transaction, holding every backer's lock: the capital called from each backer, the investment
 * numbered and inserted, its calls and the audit record. A call past a commitment, or a referral another request
 * just used, is refused by the database and answered with its code.
 */
async function recordRound(
  transaction: Database,
  actor: Principal,
  backers: readonly repository.BackerRow[],
  round: NewRound,
) {
  if (backers.length === 0)
    throw new AppError('INSIGHTS_FUND_CAPITAL_EXCEEDED', { amountFen: round.amountFen })
  const shares = apportion(round.amountFen, backers)
  try {
    await repository.callCapital(transaction, shares)
  } catch (error) {
    if (!repository.violates(error, checkViolation, 'fund_backers_called_check')) throw error
    const short = shares
      .filter((share, position) => {
        const backer = backers[position]
        return backer !== undefined && backer.calledFen + share.amountFen > backer.committedFen
      })
      .map((share) => share.backerCode)
    throw new AppError('INSIGHTS_FUND_CAPITAL_EXCEEDED', { amountFen: round.amountFen, backerCodes: short })
  }
  let investment: repository.InvestmentRow
  try {
    investment = await repository.insertInvestment(transaction, {
      ...round,
      id: newId('fund'),
      createdByUserId: actor.userId,
    })
  } catch (error) {
    if (!repository.violates(error, uniqueViolation, 'fund_investments_referral_id_unique')) throw error
    throw new AppError('INSIGHTS_FUND_REFERRAL_USED', { referralId: round.referralId })
  }
  await repository.insertCapitalCalls(
    transaction,
    shares.map((share) => ({ investmentId: investment.id, ...share })),
  )
  await recordAudit(transaction, {
    actorUserId: actor.userId,
    action: round.round === 'initial' ? 'fund_investment.invest' : 'fund_investment.follow_on',
    entityType: 'fund_investment',
    entityId: investment.id,
    cityCode: investment.cityCode,
    details: {
      number: investment.number,
      firmId: investment.firmId,
      industry: investment.industry,
      stage: investment.stage,
      amountFen: investment.amountFen,
      investedOn: investment.investedOn,
      followsInvestmentId: investment.followsInvestmentId,
      referralId: investment.referralId,
      calls: Object.fromEntries(shares.map((share) => [share.backerCode, share.amountFen])),
    },
  })
  return investment
}

/** An approved or drawn equity referral for this firm that no investment came from yet. */
async function usableReferral(transaction: Database, referralId: string, firmId: string) {
  const referral = await repository.findEquityReferral(transaction, referralId)
  if (referral === undefined) throw new AppError('INSIGHTS_FUND_REFERRAL_NOT_FOUND', { referralId })
  if (referral.firmId !== firmId)
    throw new AppError('INSIGHTS_FUND_REFERRAL_FIRM_MISMATCH', { referralId, firmId })
  const used = await repository.investmentOfReferral(transaction, referralId)
  if (used !== undefined)
    throw new AppError('INSIGHTS_FUND_REFERRAL_USED', { referralId, investmentNumber: used.number })
  return referral
}

async function invest(db: Database, registry: FirmLookup, principal: Principal | null, input: InvestInput) {
  const actor = authorize(principal, policies.manage)
  // the seven industries are the fund's mandate: refused before anything is read or written
  if (!(fundIndustries as readonly string[]).includes(input.industry))
    throw new AppError('INSIGHTS_FUND_INDUSTRY_OUTSIDE', { industry: input.industry })
  refuseFutureOrEarly(input.investedOn, [])
  const firm = await registry.getFirm(input.firmId)
  return db.transaction(async (transaction) => {
    const backers = await repository.lockBackers(transaction)
    refuseFutureOrEarly(input.investedOn, backers)
    if (input.referralId !== undefined) await usableReferral(transaction, input.referralId, firm.id)
    return recordRound(transaction, actor, backers, {
      firmId: firm.id,
      cityCode: firm.cityCode,
      industry: input.industry,
      stage: input.stage,
      round: 'initial',
      followsInvestmentId: null,
      amountFen: input.amountFen,
      investedOn: input.investedOn,
      referralId: input.referralId ?? null,
    })
  })
}

/** A later round in the same firm, industry and city, at the same or a later stage, while the round has not exited. */
async function followOn(
  db: Database,
  principal: Principal | null,
  investmentId: string,
  input: FollowOnInput,
) {
  const actor = authorize(principal, policies.manage)
  refuseFutureOrEarly(input.investedOn, [])
  return db.transaction(async (transaction) => {
    // backers first, then the round: the order every writer takes (an exit takes the round alone)
    const backers = await repository.lockBackers(transaction)
    const followed = await repository.lockInvestment(transaction, investmentId)
    if (followed === undefined) throw new AppError('INSIGHTS_FUND_INVESTMENT_NOT_FOUND', { investmentId })
    const reason =
      followed.exitKind !== null
        ? 'exited'
        : input.investedOn <= followed.investedOn
          ? 'not_later'
          : fundStages.indexOf(input.stage) < fundStages.indexOf(followed.stage as FundStage)
            ? 'stage_back'
            : null
    if (reason !== null)
      throw new AppError('INSIGHTS_FUND_FOLLOW_ON_INVALID', {
        reason,
        follows: followed.number,
        followsInvestedOn: followed.investedOn,
        followsStage: followed.stage,
      })
    refuseFutureOrEarly(input.investedOn, backers)
    return recordRound(transaction, actor, backers, {
      firmId: followed.firmId,
      cityCode: followed.cityCode,
      industry: followed.industry,
      stage: input.stage,
      round: 'follow_on',
      followsInvestmentId: followed.id,
      amountFen: input.amountFen,
      investedOn: input.investedOn,
      referralId: null,
    })
  })
}

/** An investment's exit: once, after it was made and not in the future, audited. */
async function exitInvestment(
  db: Database,
  principal: Principal | null,
  investmentId: string,
  input: ExitInput,
) {
  const actor = authorize(principal, policies.manage)
  return db.transaction(async (transaction) => {
    const investment = await repository.lockInvestment(transaction, investmentId)
    if (investment === undefined) throw new AppError('INSIGHTS_FUND_INVESTMENT_NOT_FOUND', { investmentId })
    if (investment.exitKind !== null)
      throw new AppError('INSIGHTS_FUND_ALREADY_EXITED', {
        number: investment.number,
        exitKind: investment.exitKind,
        exitedOn: investment.exitedOn,
      })
    const today = shanghaiDateOf()
    if (input.exitedOn <= investment.investedOn || input.exitedOn > today)
      throw new AppError('INSIGHTS_FUND_EXIT_INVALID', {
        exitedOn: input.exitedOn,
        investedOn: investment.investedOn,
        today,
      })
    const exited = await repository.recordExit(transaction, investment.id, input)
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'fund_investment.exit',
      entityType: 'fund_investment',
      entityId: investment.id,
      cityCode: investment.cityCode,
      details: { number: investment.number, ...input, amountFen: investment.amountFen },
    })
    return exited
  })
}

/** The investments the caller may read: a firm its own only (asking for another firm's is refused). */
async function listInvestments(db: Database, principal: Principal | null, query: InvestmentQueryInput) {
  const firmId = principal?.role === 'firm' ? (query.firmId ?? principal.organisationId ?? '') : query.firmId
  authorize(principal, policies.readInvestments, { organisationId: firmId ?? null })
  const filter: repository.InvestmentFilter = {
    firmId,
    industry: query.industry,
    cityCode: query.city,
    stage: query.stage,
    round: query.round,
    exited: query.exited,
    q: query.q,
  }
  const page = sortedPageRequest(query, investmentSortDefault)
  const read = await repository.listInvestmentPage(db, filter, page)
  return toListPage(page, read, (row) => row[page.order.key])
}

/**
 * The investments list as an export: the list's read with the export's row bound instead of a page size, so the file
 * holds what the screen shows in the same order, with firms, cities, industries and stages by name.
 */
async function exportInvestments(
  db: Database,
  principal: Principal | null,
  query: InvestmentQueryInput,
  rowsMax: number,
): Promise<ExportTable<InvestmentExportItem>> {
  const page = await listInvestments(db, principal, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'fund-investments',
    sheetName: 'investments',
    columns: investmentExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

/** One investment with its capital calls per backer, the round it follows and its follow-ons. */
async function getInvestment(db: Database, principal: Principal | null, investmentId: string) {
  const [investment] = await repository.listInvestments(db, { investmentId }, null, 1)
  if (investment === undefined) throw new AppError('INSIGHTS_FUND_INVESTMENT_NOT_FOUND', { investmentId })
  authorize(principal, policies.readInvestments, { organisationId: investment.firmId })
  const [calls, followOns, follows] = await Promise.all([
    repository.callsOf(db, investment.id),
    repository.listInvestments(db, { followsInvestmentId: investment.id }, null, followOnsMax),
    investment.followsInvestmentId === null
      ? Promise.resolve([])
      : repository.listInvestments(db, { investmentId: investment.followsInvestmentId }, null, 1),
  ])
  return { investment, calls, follows: follows[0] ?? null, followOns }
}

export type InvestmentDetail = Awaited<ReturnType<typeof getInvestment>>

/** A group's figures, zero for a group without investments (which the grouping does not return). */
function figuresOf(group: repository.InvestmentGroup | undefined) {
  return {
    amountFen: group?.amountFen ?? 0,
    investments: group?.investments ?? 0,
    followOns: group?.followOns ?? 0,
    firms: group?.firms ?? 0,
    exits: group?.exits ?? 0,
    exitProceedsFen: group?.exitProceedsFen ?? 0,
  }
}

/** The fund's figures, every amount in fen: backers, totals, by industry, city and stage, and the heat map. */
async function figures(db: Database, principal: Principal | null) {
  authorize(principal, policies.readFigures)
  const [backers, groups, cities] = await Promise.all([
    repository.listBackers(db),
    repository.investmentGroups(db),
    repository.cityNames(db, citiesMax),
  ])
  const { groupings } = repository
  const inGrouping = (grouping: number, match: (group: repository.InvestmentGroup) => boolean) =>
    figuresOf(groups.find((group) => group.grouping === grouping && match(group)))
  const whole = groups.find((group) => group.grouping === groupings.whole)
  const committedFen = backers.reduce((sum, backer) => sum + backer.committedFen, 0)
  const calledFen = backers.reduce((sum, backer) => sum + backer.calledFen, 0)
  const invested = figuresOf(whole)
  return {
    isSynthetic: backers.some((backer) => backer.isSynthetic) || whole?.synthetic === true,
    backers,
    totals: {
      committedFen,
      calledFen,
      remainingFen: committedFen - calledFen,
      investedFen: invested.amountFen,
      investments: invested.investments,
      followOns: invested.followOns,
      portfolioFirms: invested.firms,
      exits: invested.exits,
      exitProceedsFen: invested.exitProceedsFen,
    },
    byIndustry: fundIndustries.map((industry) => ({
      industry,
      ...inGrouping(groupings.industry, (group) => group.industry === industry),
    })),
    byCity: cities.map((city) => ({
      city,
      ...inGrouping(groupings.city, (group) => group.cityCode === city.code),
    })),
    byStage: fundStages.map((stage) => ({
      stage,
      ...inGrouping(groupings.stage, (group) => group.stage === stage),
    })),
    heatMap: fundIndustries.flatMap((industry) =>
      cities.map((city) => {
        const cell = inGrouping(
          groupings.cell,
          (group) => group.industry === industry && group.cityCode === city.code,
        )
        return { industry, cityCode: city.code, amountFen: cell.amountFen, investments: cell.investments }
      }),
    ),
  }
}

export type FundFigures = Awaited<ReturnType<typeof figures>>

/** The picker keeps the queue's order: the referral decided first waits longest. */
const referralSortDefault = 'decidedAt'

/**
 * The office's picker of equity referrals approved or drawn that no investment came from yet: oldest decision first
 * unless sorted otherwise, found by the firm's name or credit code, counted and paged.
 */
async function equityReferrals(db: Database, principal: Principal | null, query: ReferralQueryInput) {
  authorize(principal, policies.manage)
  const page = sortedPageRequest(query, referralSortDefault)
  const read = await repository.waitingReferralPage(db, query.q, page)
  return toListPage(page, read, (referral) => referral[page.order.key])
}

export function createFund(db: Database, dependencies: { registry: FirmLookup }) {
  const { registry } = dependencies
  return {
    figures: (principal: Principal | null) => figures(db, principal),
    listInvestments: (principal: Principal | null, query: InvestmentQueryInput) =>
      listInvestments(db, principal, query),
    exportInvestments: (principal: Principal | null, query: InvestmentQueryInput, rowsMax: number) =>
      exportInvestments(db, principal, query, rowsMax),
    getInvestment: (principal: Principal | null, investmentId: string) =>
      getInvestment(db, principal, investmentId),
    /** records the investment and answers it as getInvestment shows it */
    invest: async (principal: Principal | null, input: InvestInput) => {
      const investment = await invest(db, registry, principal, input)
      return getInvestment(db, principal, investment.id)
    },
    followOn: async (principal: Principal | null, investmentId: string, input: FollowOnInput) => {
      const investment = await followOn(db, principal, investmentId, input)
      return getInvestment(db, principal, investment.id)
    },
    exit: async (principal: Principal | null, investmentId: string, input: ExitInput) => {
      const investment = await exitInvestment(db, principal, investmentId, input)
      return getInvestment(db, principal, investment.id)
    },
    equityReferrals: (principal: Principal | null, query: ReferralQueryInput) =>
      equityReferrals(db, principal, query),
  }
}

export type Fund = ReturnType<typeof createFund>
