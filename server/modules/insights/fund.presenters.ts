// The G60 fund's rows as the API answers them: every code with its names in both languages, days as days, instants
// as ISO text, an exit as one part or null.
import type { FundFigures, InvestmentDetail } from './fund.service'
import type { InvestmentView, WaitingReferral } from './fund.repository'
import {
  fundIndustries,
  type FundExitKind,
  type FundIndustry,
  type FundRound,
  type FundStage,
} from './insights.states'

export const fundIndustryNames: Record<FundIndustry, { zh: string; en: string }> = {
  integrated_circuits: { zh: '集成电路', en: 'Integrated circuits' },
  biomedicine: { zh: '生物医药', en: 'Biomedicine' },
  artificial_intelligence: { zh: '人工智能', en: 'Artificial intelligence' },
  high_end_equipment: { zh: '高端装备', en: 'High-end equipment' },
  new_materials: { zh: '新材料', en: 'New materials' },
  new_energy: { zh: '新能源', en: 'New energy' },
  new_energy_vehicles: { zh: '新能源汽车', en: 'New-energy vehicles' },
}

export const fundStageNames: Record<FundStage, { zh: string; en: string }> = {
  seed: { zh: '种子期', en: 'Seed' },
  early: { zh: '初创期', en: 'Early' },
  growth: { zh: '成长期', en: 'Growth' },
  late: { zh: '成熟期', en: 'Late' },
}

const named = <Code extends string>(names: Record<Code, { zh: string; en: string }>, code: Code) => ({
  code,
  nameZh: names[code].zh,
  nameEn: names[code].en,
})

export const industryOf = (code: string) => named(fundIndustryNames, code as FundIndustry)
export const stageOf = (code: string) => named(fundStageNames, code as FundStage)

export function presentInvestment(view: InvestmentView) {
  return {
    id: view.id,
    number: view.number,
    firm: { id: view.firmId, nameZh: view.firmNameZh, nameEn: view.firmNameEn },
    city: { code: view.cityCode, nameZh: view.cityNameZh, nameEn: view.cityNameEn },
    industry: industryOf(view.industry),
    stage: stageOf(view.stage),
    round: view.round as FundRound,
    follows:
      view.followsInvestmentId === null
        ? null
        : { id: view.followsInvestmentId, number: view.followsNumber ?? '' },
    amountFen: view.amountFen,
    investedOn: view.investedOn,
    referralId: view.referralId,
    exit:
      view.exitKind === null || view.exitedOn === null || view.exitProceedsFen === null
        ? null
        : { kind: view.exitKind as FundExitKind, exitedOn: view.exitedOn, proceedsFen: view.exitProceedsFen },
    isSynthetic: view.isSynthetic,
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
  }
}

export function presentInvestmentDetail(detail: InvestmentDetail) {
  return {
    investment: presentInvestment(detail.investment),
    calls: detail.calls.map((call) => ({
      backer: { code: call.backerCode, nameZh: call.backerNameZh, nameEn: call.backerNameEn },
      amountFen: call.amountFen,
    })),
    callsTotalFen: detail.calls.reduce((sum, call) => sum + call.amountFen, 0),
    follows: detail.follows === null ? null : presentInvestment(detail.follows),
    followOns: detail.followOns.map(presentInvestment),
  }
}

export function presentFigures(figures: FundFigures) {
  const cities = figures.byCity.map(({ city }) => ({
    code: city.code,
    nameZh: city.nameZh,
    nameEn: city.nameEn,
  }))
  return {
    isSynthetic: figures.isSynthetic,
    backers: figures.backers.map((backer) => ({
      code: backer.code,
      nameZh: backer.nameZh,
      nameEn: backer.nameEn,
      cityCode: backer.cityCode,
      committedFen: backer.committedFen,
      calledFen: backer.calledFen,
      remainingFen: backer.committedFen - backer.calledFen,
      committedOn: backer.committedOn,
    })),
    totals: figures.totals,
    byIndustry: figures.byIndustry.map(({ industry, ...group }) => ({
      industry: industryOf(industry),
      ...group,
    })),
    byCity: figures.byCity.map(({ city, ...group }) => ({
      city: { code: city.code, nameZh: city.nameZh, nameEn: city.nameEn },
      ...group,
    })),
    byStage: figures.byStage.map(({ stage, ...group }) => ({ stage: stageOf(stage), ...group })),
    heatMap: {
      industries: fundIndustries.map(industryOf),
      cities,
      cells: figures.heatMap,
    },
  }
}

export function presentReferral(referral: WaitingReferral) {
  return {
    id: referral.id,
    firm: { id: referral.firmId, nameZh: referral.firmNameZh, nameEn: referral.firmNameEn },
    city: { code: referral.firmCityCode, nameZh: referral.cityNameZh, nameEn: referral.cityNameEn },
    institution: {
      id: referral.institutionId,
      nameZh: referral.institutionNameZh,
      nameEn: referral.institutionNameEn,
    },
    status: referral.status === 'drawn' ? ('drawn' as const) : ('approved' as const),
    approvedAmountFen: referral.approvedAmountFen,
    decidedAt: referral.decidedAt.toISOString(),
  }
}
