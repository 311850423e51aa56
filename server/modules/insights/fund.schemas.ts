// The G60 fund's requests and answers. Money is an integer of fen within bounds; names come in both languages.
import { Type, type Static } from 'typebox'
import { ExportFields } from '../../platform/export'
import { ListPage, ListQuery } from '../../platform/http/list'
import { DateOnly, Nullable, RecordStamps, StrictObject, Timestamp } from '../../platform/http/schemas'
import { fundExitKinds, fundIndustries, fundRounds, fundStages } from './insights.states'

/** ¥10,000: the smallest round the fund records */
export const investmentAmountFenMin = 1_000_000
/** ¥5 billion: more than any backer commits */
export const investmentAmountFenMax = 500_000_000_000
/** ¥100 billion */
const exitProceedsFenMax = 10_000_000_000_000

const Id = Type.String({ minLength: 3, maxLength: 64 })
const Named = Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() })
const Organisation = Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() })
const Fen = Type.Integer({ description: 'fen (¥1 = 100 fen)' })
const Count = Type.Integer({ minimum: 0 })
const InvestmentAmount = Type.Integer({
  minimum: investmentAmountFenMin,
  maximum: investmentAmountFenMax,
  description: 'fen (¥1 = 100 fen), ¥10,000 to ¥5 billion',
})

export const InvestBody = StrictObject({
  firmId: Id,
  industry: Type.String({
    minLength: 2,
    maxLength: 40,
    pattern: '^[a-z][a-z_]*$',
    description: `one of the fund's seven industries: ${fundIndustries.join(', ')}`,
  }),
  stage: Type.Enum(fundStages),
  amountFen: InvestmentAmount,
  investedOn: DateOnly,
  referralId: Type.Optional(
    Type.String({ minLength: 3, maxLength: 64, description: 'the approved equity referral it comes from' }),
  ),
})

export const FollowOnBody = StrictObject({
  stage: Type.Enum(fundStages, { description: 'the same as the round it follows, or later' }),
  amountFen: InvestmentAmount,
  investedOn: DateOnly,
})

export const ExitBody = StrictObject({
  exitKind: Type.Enum(fundExitKinds),
  exitedOn: DateOnly,
  exitProceedsFen: Type.Integer({ minimum: 0, maximum: exitProceedsFenMax, description: 'fen' }),
})

/** Investments sort by the day they were made or their amount. */
export const investmentSorts = ['investedOn', 'amountFen'] as const
const investmentQueryFields = {
  industry: Type.Optional(Type.Enum(fundIndustries)),
  city: Type.Optional(Type.String({ minLength: 2, maxLength: 8 })),
  stage: Type.Optional(Type.Enum(fundStages)),
  round: Type.Optional(Type.Enum(fundRounds)),
  exited: Type.Optional(Type.Boolean()),
  firmId: Type.Optional(Id),
  ...ListQuery(investmentSorts, '-investedOn'),
  // people quote an investment's number, or name its firm
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'a number, or part of a firm’s name' }),
  ),
}
export const InvestmentQuery = StrictObject(investmentQueryFields)
/** The investments list as a file: the list's filters and order, and the file's format and language. */
export const InvestmentExportQuery = StrictObject({ ...investmentQueryFields, ...ExportFields })

export const FiguresExportQuery = StrictObject({ ...ExportFields })
export type InvestmentQueryInput = Static<typeof InvestmentQuery>

/** The office's picker of waiting equity referrals: a queue, oldest decision first, or by the amount approved. */
export const referralSorts = ['decidedAt', 'approvedAmountFen'] as const
export const ReferralQuery = StrictObject({
  ...ListQuery(referralSorts, 'decidedAt'),
  // people name the firm, or quote its credit code
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'part of a firm’s name, or the beginning of its credit code',
    }),
  ),
})
export type ReferralQueryInput = Static<typeof ReferralQuery>

export const Investment = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'what people quote: G60F-2026-0042' }),
  firm: Organisation,
  city: Named,
  industry: Named,
  stage: Named,
  round: Type.Enum(fundRounds),
  follows: Nullable(Type.Object({ id: Type.String(), number: Type.String() })),
  amountFen: Fen,
  investedOn: DateOnly,
  referralId: Nullable(Type.String()),
  exit: Nullable(Type.Object({ kind: Type.Enum(fundExitKinds), exitedOn: DateOnly, proceedsFen: Fen })),
  ...RecordStamps,
})

export const InvestmentPage = ListPage(Investment)

export const InvestmentDetail = Type.Object({
  investment: Investment,
  calls: Type.Array(Type.Object({ backer: Named, amountFen: Fen })),
  callsTotalFen: Fen,
  follows: Nullable(Investment),
  followOns: Type.Array(Investment),
})

const GroupFigures = {
  amountFen: Fen,
  investments: Count,
  followOns: Count,
  firms: Count,
  exits: Count,
  exitProceedsFen: Fen,
}

export const Figures = Type.Object({
  isSynthetic: Type.Boolean({ description: 'true when any of it is generated demo data' }),
  backers: Type.Array(
    Type.Object({
      code: Type.String(),
      nameZh: Type.String(),
      nameEn: Type.String(),
      cityCode: Nullable(Type.String()),
      committedFen: Fen,
      calledFen: Fen,
      remainingFen: Fen,
      committedOn: DateOnly,
    }),
  ),
  totals: Type.Object({
    committedFen: Fen,
    calledFen: Fen,
    remainingFen: Fen,
    investedFen: Fen,
    investments: Count,
    followOns: Count,
    portfolioFirms: Count,
    exits: Count,
    exitProceedsFen: Fen,
  }),
  byIndustry: Type.Array(Type.Object({ industry: Named, ...GroupFigures })),
  byCity: Type.Array(Type.Object({ city: Named, ...GroupFigures })),
  byStage: Type.Array(Type.Object({ stage: Named, ...GroupFigures })),
  heatMap: Type.Object({
    industries: Type.Array(Named),
    cities: Type.Array(Named),
    cells: Type.Array(
      Type.Object({
        industry: Type.Enum(fundIndustries),
        cityCode: Type.String(),
        amountFen: Fen,
        investments: Count,
      }),
    ),
  }),
})

export const EquityReferralPage = ListPage(
  Type.Object({
    id: Type.String(),
    firm: Organisation,
    city: Named,
    institution: Organisation,
    status: Type.Enum(['approved', 'drawn'] as const),
    approvedAmountFen: Fen,
    decidedAt: Timestamp,
  }),
)
