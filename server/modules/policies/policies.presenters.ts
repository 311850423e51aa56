// Rows as the API answers them: dates as days, instants as ISO text, an item with the rule version in force today.
import { shanghaiDateOf } from '../../platform/calendar'
import type { AwardDetail, AwardListSummary } from './awards.repository'
import type { DecisionRow, RunRow } from './decisions.repository'
import { factDeclarations, factNames } from './facts'
import { versionInForce } from './matching'
import type { ItemRow, PolicyRow, RuleVersionRow } from './policies.repository'
import type { AwardStatus, ItemCategory, PayoutMode } from './policies.states'

const iso = (moment: Date | null) => (moment === null ? null : moment.toISOString())

export function presentVersion(version: RuleVersionRow) {
  return {
    id: version.id,
    version: version.version,
    effectiveFrom: version.effectiveFrom,
    conditions: version.conditions,
    awardExpression: version.awardExpression,
    facts: version.facts,
    note: version.note,
    createdAt: version.createdAt.toISOString(),
  }
}

export function presentItem(item: ItemRow, versions: readonly RuleVersionRow[] = []) {
  const current = versionInForce(versions, shanghaiDateOf()) ?? versions[0]
  return {
    id: item.id,
    code: item.code,
    policyId: item.policyId,
    issuerCode: item.issuerCode,
    cityCode: item.cityCode,
    titleZh: item.titleZh,
    titleEn: item.titleEn,
    category: item.category as ItemCategory,
    payoutMode: item.payoutMode as PayoutMode,
    promiseWorkingDays: item.promiseWorkingDays,
    budgetFen: item.budgetFen,
    validFrom: item.validFrom,
    validUntil: item.validUntil,
    guideZh: item.guideZh,
    guideEn: item.guideEn,
    currentRule: current === undefined ? null : presentVersion(current),
  }
}

/** An item with its policy named and every version of its rule. */
export function presentItemDetail(found: {
  item: ItemRow
  policy: PolicyRow
  versions: readonly RuleVersionRow[]
}) {
  const { item, policy, versions } = found
  return {
    item: presentItem(item, versions),
    policy: {
      id: policy.id,
      code: policy.code,
      titleZh: policy.titleZh,
      titleEn: policy.titleEn,
      documentNumber: policy.documentNumber,
    },
    versions: versions.map(presentVersion),
  }
}

export function presentPolicy(
  policy: PolicyRow,
  items: readonly { item: ItemRow; versions?: RuleVersionRow[] }[],
) {
  return {
    id: policy.id,
    code: policy.code,
    issuerCode: policy.issuerCode,
    documentNumber: policy.documentNumber,
    titleZh: policy.titleZh,
    titleEn: policy.titleEn,
    textZh: policy.textZh,
    textEn: policy.textEn,
    publishedOn: policy.publishedOn,
    items: items.map(({ item, versions }) => presentItem(item, versions ?? [])),
  }
}

export function presentFacts() {
  return factNames.map((name) => {
    const declared: { type: string; source: string; nameZh: string; nameEn: string; unit?: string } =
      factDeclarations[name]
    return {
      name,
      type: factDeclarations[name].type,
      source: factDeclarations[name].source,
      nameZh: declared.nameZh,
      nameEn: declared.nameEn,
      unit: declared.unit ?? null,
    }
  })
}

export function presentDecision(decision: DecisionRow, item: ItemRow) {
  return {
    id: decision.id,
    itemId: decision.itemId,
    firmId: decision.firmId,
    ruleVersionId: decision.ruleVersionId,
    runId: decision.runId,
    asOf: decision.asOf,
    outcome: decision.outcome as 'qualified' | 'near' | 'not_qualified',
    amountFen: decision.amountFen,
    trace: decision.trace,
    decidedAt: decision.decidedAt.toISOString(),
    item: presentItem(item),
  }
}

export function presentAward(award: AwardDetail) {
  return {
    id: award.id,
    itemId: award.itemId,
    itemCode: award.itemCode,
    itemTitleZh: award.itemTitleZh,
    itemTitleEn: award.itemTitleEn,
    payoutMode: award.payoutMode as PayoutMode,
    firmId: award.firmId,
    firmNameZh: award.firmNameZh,
    firmNameEn: award.firmNameEn,
    decisionId: award.decisionId,
    listId: award.listId,
    issuerCode: award.issuerCode,
    cityCode: award.cityCode,
    amountFen: award.amountFen,
    status: award.status as AwardStatus,
    statusReason: award.statusReason,
    confirmedAt: iso(award.confirmedAt),
    dueOn: award.dueOn,
    escalatedAt: iso(award.escalatedAt),
    paidAt: iso(award.paidAt),
    transferId: award.transferId,
    createdAt: award.createdAt.toISOString(),
  }
}

export function presentAwardList(list: AwardListSummary) {
  return {
    id: list.id,
    itemId: list.itemId,
    itemCode: list.itemCode,
    itemTitleZh: list.itemTitleZh,
    itemTitleEn: list.itemTitleEn,
    cityCode: list.cityCode,
    issuerCode: list.issuerCode,
    status: list.status as 'open' | 'approved',
    listedCount: list.listedCount,
    listedFen: list.listedFen,
    paidCount: list.paidCount,
    paidFen: list.paidFen,
    removedCount: list.removedCount,
    budgetBalanceFen: list.budgetBalanceFen,
    approvedAt: iso(list.approvedAt),
    createdAt: list.createdAt.toISOString(),
  }
}

export function presentRun(run: RunRow) {
  return {
    id: run.id,
    asOf: run.asOf,
    status: run.status as 'running' | 'finished',
    firmsDone: run.firmsDone,
    decisionsWritten: run.decisionsWritten,
    newlyQualified: run.newlyQualified,
    startedAt: run.startedAt.toISOString(),
    finishedAt: iso(run.finishedAt),
  }
}
