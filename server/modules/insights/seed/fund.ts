// The G60 fund's demo data (synthetic): the nine cities and Haitong Securities committed in early 2021, then about two
// hundred investments from April 2021 to the end of the demo year in firms of the demo registry, each industry where
// the corridor has it (integrated circuits in Songjiang and Hefei, biomedicine in Suzhou and Hangzhou, new-energy
// vehicles in Hefei and Wuhu…), about one in seven a follow-on, a few exited. The older half of tech finance's
// approved equity referrals became investments; the newer half waits in the office's queue. Every investment calls
// its capital pro rata as the service does, and each backer's called amount is the sum of its calls.
import type { Database } from '../../../db/client'
import { addCalendarDays, shanghaiDateOf } from '../../../platform/calendar'
import { assert } from '../../../platform/errors'
import { newId } from '../../../platform/ids'
import type { Random } from '../../../seed/random'
import * as repository from '../fund.repository'
import { investmentAmountFenMin } from '../fund.schemas'
import { apportion } from '../fund.service'
import {
  fundIndustries,
  fundStages,
  type FundExitKind,
  type FundIndustry,
  type FundStage,
} from '../insights.states'
import type { InsightsSeedContext } from './context'

/** ¥100 million (一亿元) in fen */
const yiFen = 10_000_000_000
const committedFrom = '2021-01-04'
const committedUntil = '2021-03-31'
const investingFrom = '2021-04-01'
const initialRoundsTarget = 172
const followOnsTarget = 28
const exitsTarget = 8
const firmsPerCityMax = 400
const referralsMax = 200
/** amounts are whole ¥100,000 */
const amountStepFen = 10_000_000

/** Backers in code order: the cities by size, and the securities house with the largest commitment. */
const backerPlan = [
  { code: 'HF', zh: '合肥市政府引导基金', en: 'Hefei Government Guidance Fund', committedYi: 18 },
  { code: 'HUZ', zh: '湖州市政府引导基金', en: 'Huzhou Government Guidance Fund', committedYi: 6 },
  { code: 'HZ', zh: '杭州市政府引导基金', en: 'Hangzhou Government Guidance Fund', committedYi: 20 },
  { code: 'JH', zh: '金华市政府引导基金', en: 'Jinhua Government Guidance Fund', committedYi: 6 },
  { code: 'JX', zh: '嘉兴市政府引导基金', en: 'Jiaxing Government Guidance Fund', committedYi: 8 },
  {
    code: 'SH-SJ',
    zh: '上海市松江区政府引导基金',
    en: 'Songjiang District (Shanghai) Government Guidance Fund',
    committedYi: 20,
  },
  { code: 'SZ', zh: '苏州市政府引导基金', en: 'Suzhou Government Guidance Fund', committedYi: 20 },
  { code: 'WH', zh: '芜湖市政府引导基金', en: 'Wuhu Government Guidance Fund', committedYi: 8 },
  { code: 'XC', zh: '宣城市政府引导基金', en: 'Xuancheng Government Guidance Fund', committedYi: 5 },
] as const
const securitiesHouse = {
  code: 'haitong',
  zh: '海通证券股份有限公司',
  en: 'Haitong Securities Co., Ltd.',
  committedYi: 30,
}

const industryWeights: Record<FundIndustry, number> = {
  integrated_circuits: 20,
  biomedicine: 17,
  artificial_intelligence: 18,
  high_end_equipment: 14,
  new_materials: 11,
  new_energy: 10,
  new_energy_vehicles: 10,
}

/** Where each industry is: the cities' specialities (corridor-facts.json roles) weigh most. */
const cityWeightsByIndustry: Record<FundIndustry, Record<string, number>> = {
  integrated_circuits: { 'SH-SJ': 30, HF: 20, SZ: 14, HZ: 12, JX: 6, WH: 4, HUZ: 3, JH: 3, XC: 2 },
  biomedicine: { SZ: 30, HZ: 22, 'SH-SJ': 16, HF: 8, JX: 6, HUZ: 5, JH: 5, WH: 3, XC: 2 },
  artificial_intelligence: { HZ: 30, 'SH-SJ': 22, HF: 20, SZ: 12, JX: 4, WH: 4, HUZ: 3, JH: 3, XC: 2 },
  high_end_equipment: { SZ: 16, WH: 14, JX: 12, 'SH-SJ': 12, HF: 10, HUZ: 10, JH: 10, HZ: 8, XC: 8 },
  new_materials: { JX: 16, HUZ: 14, XC: 14, SZ: 12, JH: 10, WH: 8, HF: 8, HZ: 6, 'SH-SJ': 6 },
  new_energy: { HF: 20, HUZ: 15, JH: 12, WH: 12, JX: 10, XC: 10, SZ: 8, HZ: 6, 'SH-SJ': 4 },
  new_energy_vehicles: { HF: 34, WH: 28, JH: 10, 'SH-SJ': 8, HZ: 8, SZ: 6, JX: 4, HUZ: 3, XC: 3 },
}

/** The registry's industries (6+X) a firm of each fund industry is most likely in. */
const firmIndustryCodes: Record<FundIndustry, readonly string[]> = {
  integrated_circuits: ['ic'],
  biomedicine: ['biopharma'],
  artificial_intelligence: ['ai', 'it_innovation'],
  high_end_equipment: ['future_tech', 'satellite_internet', 'smart_security'],
  new_materials: ['new_materials'],
  new_energy: ['new_energy'],
  new_energy_vehicles: ['new_energy', 'ai'],
}

/** A firm's registry stage: the fund's stages it is likely at. */
const stagesByFirmStage: Record<string, readonly [FundStage, FundStage]> = {
  start_up: ['seed', 'early'],
  growth: ['early', 'growth'],
  mature: ['growth', 'late'],
}

/** The range of a round at each stage, in ¥100,000 steps. */
const amountStepsByStage: Record<FundStage, readonly [number, number]> = {
  seed: [20, 100],
  early: [50, 300],
  growth: [200, 800],
  late: [400, 1500],
}

const exitKindWeights: Record<FundExitKind, number> = { ipo: 3, trade_sale: 3, buyback: 2, write_off: 1 }
/** What an exit returns, as a multiple of the amount invested: [lowest, highest]. */
const exitMultiples: Record<FundExitKind, readonly [number, number]> = {
  ipo: [2, 5],
  trade_sale: [1.2, 3],
  buyback: [1, 1.3],
  write_off: [0, 0.2],
}

interface Round {
  id: string
  firmId: string
  cityCode: string
  industry: FundIndustry
  stage: FundStage
  followsInvestmentId: string | null
  amountFen: number
  investedOn: string
  referralId: string | null
  exit: { exitKind: FundExitKind; exitedOn: string; exitProceedsFen: number } | null
}

/** Ten o'clock in Shanghai on the day: when the office recorded it. */
const momentOf = (day: string) => new Date(Date.parse(`${day}T02:00:00Z`))
const roundId = (random: Random, day: string) => newId('fund', momentOf(day).getTime(), random.next)

function weighted<Key extends string>(random: Random, weights: Readonly<Record<Key, number>>): Key {
  const keys = Object.keys(weights) as Key[]
  return random.weightedPick(
    keys,
    keys.map((key) => weights[key]),
  )
}

function stageOf(random: Random, firmStage: string): FundStage {
  const [younger, older] = stagesByFirmStage[firmStage] ?? ['early', 'growth']
  return random.chance(0.45) ? younger : older
}

function amountOf(random: Random, stage: FundStage): number {
  const [fewest, most] = amountStepsByStage[stage]
  return random.integer(fewest, most) * amountStepFen
}

/** The fund industry a firm's registry industry stands for (the alliance's seven). */
function industryOfFirm(industryCode: string): FundIndustry {
  const found = fundIndustries.find(
    (industry) => industry !== 'new_energy_vehicles' && firmIndustryCodes[industry].includes(industryCode),
  )
  return found ?? 'high_end_equipment'
}

/** The older half of the equity referrals became investments a few weeks after the institution's decision. */
function referralRounds(
  random: Random,
  referrals: readonly repository.EquityReferralForSeed[],
  endDay: string,
): Round[] {
  const rounds: Round[] = []
  const firmIds = new Set<string>()
  for (const referral of referrals.slice(0, Math.floor(referrals.length / 2))) {
    const investedOn = addCalendarDays(referral.decidedOn, random.integer(7, 45))
    if (investedOn > endDay || investedOn < investingFrom || firmIds.has(referral.id)) continue
    firmIds.add(referral.id)
    rounds.push({
      id: roundId(random, investedOn),
      firmId: referral.id,
      cityCode: referral.cityCode,
      industry: industryOfFirm(referral.industryCode),
      stage: stageOf(random, referral.stage),
      followsInvestmentId: null,
      amountFen: Math.max(investmentAmountFenMin, referral.approvedAmountFen),
      investedOn,
      referralId: referral.referralId,
      exit: null,
    })
  }
  return rounds
}

/** Initial rounds, each in a firm not yet in the portfolio, of the industry's cities, preferring firms of its kind. */
function initialRounds(
  random: Random,
  firms: readonly repository.FirmForFund[],
  taken: Set<string>,
  count: number,
  endDay: string,
): Round[] {
  const rounds: Round[] = []
  for (let made = 0; made < count; made++) {
    const free = firms.filter((firm) => !taken.has(firm.id))
    if (free.length === 0) break
    const industry = weighted(random, industryWeights)
    const cityWeights = cityWeightsByIndustry[industry]
    const cities = [...new Set(free.map((firm) => firm.cityCode))]
    const cityCode = random.weightedPick(
      cities,
      cities.map((city) => cityWeights[city] ?? 1),
    )
    const candidates = free.filter((firm) => firm.cityCode === cityCode)
    const firm = random.weightedPick(
      candidates,
      candidates.map((candidate) => (firmIndustryCodes[industry].includes(candidate.industryCode) ? 6 : 1)),
    )
    taken.add(firm.id)
    const stage = stageOf(random, firm.stage)
    const investedOn = random.dateBetween(investingFrom, endDay)
    rounds.push({
      id: roundId(random, investedOn),
      firmId: firm.id,
      cityCode,
      industry,
      stage,
      followsInvestmentId: null,
      amountFen: amountOf(random, stage),
      investedOn,
      referralId: null,
      exit: null,
    })
  }
  return rounds
}

/** Follow-ons of initial rounds at least half a year old: half a year to three years later, often a stage on. */
function followOns(random: Random, initial: readonly Round[], endDay: string): Round[] {
  const eligible = initial.filter((round) => round.investedOn <= addCalendarDays(endDay, -200))
  return random
    .shuffle(eligible)
    .slice(0, followOnsTarget)
    .map((followed) => {
      const from = addCalendarDays(followed.investedOn, 180)
      const until = addCalendarDays(followed.investedOn, 1095)
      const investedOn = random.dateBetween(from, until < endDay ? until : endDay)
      const next = fundStages[Math.min(fundStages.indexOf(followed.stage) + 1, fundStages.length - 1)]
      const stage = random.chance(0.6) && next !== undefined ? next : followed.stage
      const multiple = 0.5 + random.next()
      return {
        ...followed,
        id: roundId(random, investedOn),
        stage,
        followsInvestmentId: followed.id,
        amountFen: Math.max(
          investmentAmountFenMin,
          Math.round((followed.amountFen * multiple) / amountStepFen) * amountStepFen,
        ),
        investedOn,
        referralId: null,
      }
    })
}

/** A few initial rounds more than two years old, never followed on, exited a year or more after. */
function markExits(random: Random, rounds: Round[], endDay: string) {
  const followed = new Set(rounds.map((round) => round.followsInvestmentId))
  const eligible = rounds.filter(
    (round) =>
      round.followsInvestmentId === null &&
      !followed.has(round.id) &&
      round.investedOn <= addCalendarDays(endDay, -730),
  )
  for (const round of random.shuffle(eligible).slice(0, exitsTarget)) {
    const exitKind = weighted(random, exitKindWeights)
    const [lowest, highest] = exitMultiples[exitKind]
    round.exit = {
      exitKind,
      exitedOn: random.dateBetween(addCalendarDays(round.investedOn, 365), endDay),
      exitProceedsFen: Math.round(round.amountFen * (lowest + (highest - lowest) * random.next())),
    }
  }
}

/** Numbers G60F-<year>-<serial> in the order of the days invested, and the capital each round calls. */
function numberAndCall(
  rounds: readonly Round[],
  backers: readonly repository.NewBacker[],
  by: { userId: string },
) {
  const calledFen = new Map(backers.map((backer) => [backer.code, 0]))
  const kept = new Set<string>()
  const serialByYear = new Map<string, number>()
  const investments: repository.NewInvestment[] = []
  const calls: repository.NewCapitalCall[] = []
  const ordered = [...rounds].sort((first, second) =>
    first.investedOn === second.investedOn
      ? first.id < second.id
        ? -1
        : 1
      : first.investedOn < second.investedOn
        ? -1
        : 1,
  )
  for (const round of ordered) {
    if (round.followsInvestmentId !== null && !kept.has(round.followsInvestmentId)) continue
    const shares = apportion(round.amountFen, backers)
    // a round the commitments cannot cover is left out (the demo's rounds stay well within them)
    const fits = shares.every((share, position) => {
      const backer = backers[position]
      return (
        backer !== undefined &&
        (calledFen.get(share.backerCode) ?? 0) + share.amountFen <= backer.committedFen
      )
    })
    if (!fits) continue
    for (const share of shares)
      calledFen.set(share.backerCode, (calledFen.get(share.backerCode) ?? 0) + share.amountFen)
    kept.add(round.id)
    const year = round.investedOn.slice(0, 4)
    const serial = (serialByYear.get(year) ?? 0) + 1
    serialByYear.set(year, serial)
    const { exit, ...fields } = round
    investments.push({
      ...fields,
      ...(exit ?? {}),
      number: `G60F-${year}-${String(serial).padStart(4, '0')}`,
      round: round.followsInvestmentId === null ? 'initial' : 'follow_on',
      createdByUserId: by.userId,
      isSynthetic: true,
      createdAt: momentOf(round.investedOn),
      updatedAt: momentOf(exit?.exitedOn ?? round.investedOn),
    })
    calls.push(
      ...shares.map((share) => ({ investmentId: round.id, ...share, createdAt: momentOf(round.investedOn) })),
    )
  }
  return {
    backers: backers.map((backer) => ({ ...backer, calledFen: calledFen.get(backer.code) ?? 0 })),
    investments,
    calls,
  }
}

function backersOf(random: Random): repository.NewBacker[] {
  return [
    ...backerPlan.map((plan) => ({ ...plan, cityCode: plan.code as string })),
    { ...securitiesHouse, cityCode: null },
  ]
    .map((plan) => {
      const committedOn = random.dateBetween(committedFrom, committedUntil)
      return {
        code: plan.code,
        nameZh: plan.zh,
        nameEn: plan.en,
        cityCode: plan.cityCode,
        committedFen: plan.committedYi * yiFen,
        calledFen: 0,
        committedOn,
        isSynthetic: true,
        createdAt: momentOf(committedOn),
        updatedAt: momentOf(committedOn),
      }
    })
    .sort((first, second) => (first.code < second.code ? -1 : 1))
}

export async function insertFundData(
  transaction: Database,
  context: InsightsSeedContext,
): Promise<{ fundInvestments: number }> {
  const random = context.random
  const endDay = shanghaiDateOf(context.activityEndsAt)
  const officeUserId = context.userIdByUsername.get('office')
  assert(officeUserId !== undefined, 'the demo has the corridor office’s account')
  const backers = backersOf(random.fork('backers'))
  const firms = await repository.firmsForFund(transaction, firmsPerCityMax)
  const referrals = await repository.equityReferralsForSeed(transaction, referralsMax)
  const fromReferrals = referralRounds(random.fork('referrals'), referrals, endDay)
  const taken = new Set([...referrals.map((referral) => referral.id)])
  const direct = initialRounds(
    random.fork('initial'),
    firms,
    taken,
    initialRoundsTarget - fromReferrals.length,
    endDay,
  )
  const initial = [...fromReferrals, ...direct]
  const rounds = [...initial, ...followOns(random.fork('follow-ons'), initial, endDay)]
  markExits(random.fork('exits'), rounds, endDay)
  const rows = numberAndCall(rounds, backers, { userId: officeUserId })
  await repository.insertFundRows(transaction, rows)
  return { fundInvestments: rows.investments.length }
}
