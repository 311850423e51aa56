// Innovation-points scores: dated, versioned parameter sets that the corridor office changes without code, indicator
// values recorded with their source and date, a score with each indicator's contribution for any day, and the
// stored current score of every firm (recomputed when its data or the parameters change).
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError, assert, orRefuse } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { shanghaiDateOf } from '../../platform/calendar'
import { enqueue } from '../../platform/jobs'
import { createTtlCache, type TtlCache } from '../../platform/cache'
import { financePolicies as policies } from './finance.policies'
import {
  firmStages,
  indicatorCodes,
  indicators,
  type FirmStage,
  type IndicatorCode,
} from './finance.reference'
import * as repository from './scores.repository'
import type { CreateParameterSetInput, RecordIndicatorsInput } from './finance.schemas'
import {
  parameterProblems,
  scoreOf,
  type FullMarks,
  type IndicatorValue,
  type ParameterSet,
  type StageWeights,
} from './scoring'

export const recomputeScoresJobKind = 'finance.recompute_scores'

/** A recompute job's payload: where its slice starts (after this firm id); none starts at the first firm. */
export function recomputeCursorOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || !('afterFirmId' in payload)) return null
  const cursor = payload.afterFirmId
  assert(
    typeof cursor === 'string' && cursor !== '',
    `recompute payload ${JSON.stringify(payload)} is invalid`,
  )
  return cursor
}
/** Firms scored per batch when the whole corridor is recomputed. */
export const scoreBatchSize = 2000
const parameterSetsListMax = 100
/** How long a parameter set read for a day is reused; another process's new set shows within this. */
const parameterSetTtlMs = 5000

/** The firm data scoring needs from the registry. */
export interface ScoredFirm {
  id: string
  cityCode: string
  stage: string
}

const weightsOf = (values: readonly number[]) =>
  Object.fromEntries(indicatorCodes.map((code, index) => [code, values[index] ?? 0])) as Record<
    IndicatorCode,
    number
  >

/** The parameters the platform starts with; the corridor office supersedes them with dated sets. */
export const defaultParameters: { weights: StageWeights; fullMarks: FullMarks } = {
  weights: {
    start_up: weightsOf([80, 80, 100, 100, 120, 50, 70, 40, 30, 60, 50, 40, 30, 30, 40, 30, 30, 20]),
    growth: weightsOf([70, 60, 70, 60, 100, 40, 50, 80, 60, 80, 50, 70, 60, 30, 40, 30, 30, 20]),
    mature: weightsOf([60, 40, 50, 40, 80, 40, 40, 110, 100, 60, 50, 90, 90, 30, 40, 30, 30, 20]),
  },
  fullMarks: weightsOf([
    20_000_000_00, 50, 10, 40, 20, 5, 10_000_000_00, 100_000_000_00, 200_000_000_00, 50, 20, 10_000_000_00,
    20, 50, 3, 2, 5, 3,
  ]),
}

const isStage = (value: string): value is FirmStage => (firmStages as readonly string[]).includes(value)
const isIndicator = (value: string): value is IndicatorCode =>
  (indicatorCodes as readonly string[]).includes(value)

/** Stored latest values as scoring reads them; a code outside the method's 18 is not scored. */
function indicatorValuesOf(rows: readonly repository.LatestValue[]): IndicatorValue[] {
  return rows.flatMap((row) =>
    isIndicator(row.indicatorCode)
      ? [{ code: row.indicatorCode, value: row.value, source: row.source, asOf: row.asOf }]
      : [],
  )
}

/** A stored set, checked again on the way out: a set that does not add up would be a bug. */
export function parameterSetOf(row: repository.ParameterSetRow): ParameterSet {
  const weights = row.weights as StageWeights
  const fullMarks = row.fullMarks as FullMarks
  assert(parameterProblems(weights, fullMarks).length === 0, `parameter set ${row.id} is inconsistent`)
  return { id: row.id, effectiveFrom: row.effectiveFrom, weights, fullMarks }
}

export async function ensureDefaultParameterSet(db: Database): Promise<void> {
  await repository.insertParameterSet(db, {
    id: 'sps_default',
    effectiveFrom: '2020-01-01',
    weights: defaultParameters.weights,
    fullMarks: defaultParameters.fullMarks,
    note: '默认参数（创新积分制三类 18 项指标） / default parameters',
    createdByUserId: null,
  })
}

interface ScoresDependencies {
  db: Database
  registry: { getFirm(id: string): Promise<ScoredFirm> }
  /** Every score reads the set in force; sets change a few times a year, and creating one here drops this at once. */
  parameterSetsByDay: TtlCache<ParameterSet>
}

async function parametersInForce(dependencies: ScoresDependencies, day: string): Promise<ParameterSet> {
  const cached = dependencies.parameterSetsByDay.get(day)
  if (cached !== undefined) return cached.value
  const parameters = await storedParametersInForce(dependencies.db, day)
  dependencies.parameterSetsByDay.set(day, parameters)
  return parameters
}

/** The score of a firm on a day: the parameters in force then and each indicator's latest value up to then. */
async function computeScore(dependencies: ScoresDependencies, firm: ScoredFirm, asOf: string) {
  const rows = await repository.valuesAsOf(dependencies.db, [firm.id], asOf)
  return scoreWithValues(dependencies, firm, rows, asOf)
}

/** The same, for a caller that has read the firm's latest values itself (in the statement that read the firm). */
async function scoreWithValues(
  dependencies: ScoresDependencies,
  firm: ScoredFirm,
  rows: readonly repository.LatestValue[],
  asOf: string,
) {
  assert(isStage(firm.stage), `firm ${firm.id} has stage ${firm.stage}`)
  const parameters = await parametersInForce(dependencies, asOf)
  return { parameters, score: scoreOf(firm.stage, indicatorValuesOf(rows), parameters) }
}

/** For the firm, its city's officers and workstations, and the corridor office; institutions go through consent. */
async function getScore(
  dependencies: ScoresDependencies,
  principal: Principal | null,
  firmId: string,
  asOf: string | undefined,
) {
  const firm = await dependencies.registry.getFirm(firmId)
  authorize(principal, policies.readScore, { cityCode: firm.cityCode, organisationId: firm.id })
  return presentableScore(dependencies, firm, asOf ?? shanghaiDateOf())
}

async function presentableScore(dependencies: ScoresDependencies, firm: ScoredFirm, asOf: string) {
  const { parameters, score } = await computeScore(dependencies, firm, asOf)
  return {
    firmId: firm.id,
    asOf,
    parameterSetEffectiveFrom: parameters.effectiveFrom,
    fullMarks: parameters.fullMarks,
    ...score,
  }
}

/** A firm records self-reported values only; officers, workstations and the office record any source. */
async function recordIndicators(
  dependencies: ScoresDependencies,
  principal: Principal | null,
  firmId: string,
  input: RecordIndicatorsInput,
) {
  const { db } = dependencies
  const firm = await dependencies.registry.getFirm(firmId)
  const actor = authorize(principal, policies.recordIndicators, {
    cityCode: firm.cityCode,
    organisationId: firm.id,
  })
  if (actor.role === 'firm' && input.values.some((value) => value.source !== 'self_reported')) {
    throw new AppError('INDICATOR_SOURCE_NOT_ALLOWED', {})
  }
  const today = shanghaiDateOf()
  // A value dated ahead would silently take over the firm's score on that day.
  const ahead = input.values.find((value) => value.asOf > today)
  if (ahead !== undefined) throw new AppError('INDICATOR_AS_OF_IN_FUTURE', { asOf: ahead.asOf, today })
  await db.transaction(async (transaction) => {
    await repository.insertIndicatorValues(
      transaction,
      input.values.map((value) => ({
        id: newId('fiv'),
        firmId: firm.id,
        indicatorCode: value.code,
        value: value.value,
        source: value.source,
        asOf: value.asOf,
        recordedByUserId: actor.userId,
      })),
    )
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'firm_indicators.record',
      entityType: 'firm',
      entityId: firm.id,
      cityCode: firm.cityCode,
      details: { values: input.values },
    })
  })
  const current = await presentableScore(dependencies, firm, today)
  await repository.upsertScores(db, [
    {
      firmId: firm.id,
      parameterSetId: current.parameterSetId,
      stage: current.stage,
      totalTenths: current.totalTenths,
      computedAt: new Date(),
    },
  ])
  return current
}

function listParameterSets(dependencies: ScoresDependencies) {
  return repository.listParameterSets(dependencies.db, parameterSetsListMax)
}

/** A new dated set; the corridor's stored scores are recomputed from the day it takes effect (a job). */
async function createParameterSet(
  dependencies: ScoresDependencies,
  principal: Principal | null,
  input: CreateParameterSetInput,
) {
  const actor = authorize(principal, policies.setParameters)
  const weights = input.weights as StageWeights
  const fullMarks = input.fullMarks as FullMarks
  const problems = parameterProblems(weights, fullMarks)
  if (problems.length > 0) throw new AppError('SCORE_PARAMETERS_INVALID', { problems })
  if (input.effectiveFrom < shanghaiDateOf()) {
    throw new AppError('SCORE_PARAMETERS_IN_PAST', {
      effectiveFrom: input.effectiveFrom,
      today: shanghaiDateOf(),
    })
  }
  const created = await dependencies.db.transaction(async (transaction) => {
    const inserted = await repository.insertParameterSet(transaction, {
      id: newId('sps'),
      effectiveFrom: input.effectiveFrom,
      weights,
      fullMarks,
      note: input.note,
      createdByUserId: actor.userId,
    })
    if (inserted === undefined)
      throw new AppError('SCORE_PARAMETERS_EXIST', { effectiveFrom: input.effectiveFrom })
    const effectiveAtMs = Date.parse(`${input.effectiveFrom}T00:00:00+08:00`)
    await enqueue(
      transaction,
      recomputeScoresJobKind,
      {},
      { runAt: new Date(Math.max(effectiveAtMs, Date.now())) },
    )
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'score_parameters.create',
      entityType: 'score_parameter_set',
      entityId: inserted.id,
      cityCode: null,
      details: { effectiveFrom: input.effectiveFrom, note: input.note },
    })
    return inserted
  })
  dependencies.parameterSetsByDay.clear()
  return created
}

/** The parameter set in force on a day, read on the handle given (a job's transaction). */
async function storedParametersInForce(database: Database, day: string): Promise<ParameterSet> {
  const stored = orRefuse(await repository.parameterSetInForce(database, day), 'SCORE_NO_PARAMETERS', { day })
  return parameterSetOf(stored)
}

/**
 * Scores a batch of firms on a day from their latest values and stores each as its current score; returns the
 * score of each firm (tenths) by id.
 */
async function scoreBatch(
  database: Database,
  firms: readonly { id: string; stage: string }[],
  parameters: ParameterSet,
  day: string,
): Promise<Map<string, number>> {
  assert(firms.length <= scoreBatchSize, `a batch of ${firms.length} firms is too large`)
  const rows = await repository.valuesAsOf(
    database,
    firms.map((firm) => firm.id),
    day,
  )
  const rowsByFirm = new Map<string, (typeof rows)[number][]>()
  for (const row of rows) {
    const firmRows = rowsByFirm.get(row.firmId)
    if (firmRows === undefined) rowsByFirm.set(row.firmId, [row])
    else firmRows.push(row)
  }
  const computedAt = new Date()
  const scored = firms.flatMap((firm) => {
    if (!isStage(firm.stage)) return []
    const score = scoreOf(firm.stage, indicatorValuesOf(rowsByFirm.get(firm.id) ?? []), parameters)
    return [
      {
        firmId: firm.id,
        parameterSetId: parameters.id,
        stage: firm.stage,
        totalTenths: score.totalTenths,
        computedAt,
      },
    ]
  })
  await repository.upsertScores(database, scored)
  return new Map(scored.map((row) => [row.firmId, row.totalTenths]))
}

export function createScoresService(db: Database, registry: { getFirm(id: string): Promise<ScoredFirm> }) {
  const dependencies: ScoresDependencies = {
    db,
    registry,
    parameterSetsByDay: createTtlCache<ParameterSet>({ ttlMs: parameterSetTtlMs, entriesMax: 366 }),
  }
  return {
    getScore: getScore.bind(null, dependencies),
    presentableScore: presentableScore.bind(null, dependencies),
    recordIndicators: recordIndicators.bind(null, dependencies),
    listParameterSets: listParameterSets.bind(null, dependencies),
    createParameterSet: createParameterSet.bind(null, dependencies),
    storedParametersInForce,
    scoreBatch,
    computeScore: computeScore.bind(null, dependencies),
    scoreWithValues: scoreWithValues.bind(null, dependencies),
  }
}

export type ScoresService = ReturnType<typeof createScoresService>
export { indicators }
