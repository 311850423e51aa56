// The fund's investments as a file: what the list shows (same filters, same order), with firms, cities, industries
// and stages by name and amounts in yuan, in the language asked for; and the fund's figures (backers, the portfolio
// by industry × city, the amounts by stage) as the page's tables show them.
import { nameIn, type ExportColumn, type ExportTable } from '../../platform/export'
import { industryOf, stageOf, type presentFigures } from './fund.presenters'
import type { InvestmentView } from './fund.repository'
import type { FundRound } from './insights.states'

export type InvestmentExportItem = InvestmentView

const roundNames: Record<FundRound, { nameZh: string; nameEn: string }> = {
  initial: { nameZh: '首轮', nameEn: 'Initial' },
  follow_on: { nameZh: '追加', nameEn: 'Follow-on' },
}

export const investmentExportColumns: readonly ExportColumn<InvestmentExportItem>[] = [
  { zh: '投资编号', en: 'Number', kind: 'text', value: (row) => row.number },
  {
    zh: '企业',
    en: 'Firm',
    kind: 'text',
    value: (row, language) => nameIn(language, { nameZh: row.firmNameZh, nameEn: row.firmNameEn }),
  },
  {
    zh: '城市',
    en: 'City',
    kind: 'text',
    value: (row, language) => nameIn(language, { nameZh: row.cityNameZh, nameEn: row.cityNameEn }),
  },
  {
    zh: '产业',
    en: 'Industry',
    kind: 'text',
    value: (row, language) => nameIn(language, industryOf(row.industry)),
  },
  { zh: '阶段', en: 'Stage', kind: 'text', value: (row, language) => nameIn(language, stageOf(row.stage)) },
  {
    zh: '轮次',
    en: 'Round',
    kind: 'text',
    value: (row, language) => nameIn(language, roundNames[row.round as FundRound]) ?? row.round,
  },
  { zh: '金额（元）', en: 'Amount (yuan)', kind: 'yuan', value: (row) => row.amountFen },
  { zh: '投资日期', en: 'Invested on', kind: 'date', value: (row) => row.investedOn },
  { zh: '退出日期', en: 'Exited on', kind: 'date', value: (row) => row.exitedOn },
  { zh: '退出回款（元）', en: 'Exit proceeds (yuan)', kind: 'yuan', value: (row) => row.exitProceedsFen },
]

type PresentedFigures = ReturnType<typeof presentFigures>
type BackerRow = PresentedFigures['backers'][number]
type PortfolioCell = PresentedFigures['heatMap']['cells'][number]
type StageRow = PresentedFigures['byStage'][number]

/** Each backer's commitment, what has been called and what remains, in yuan. */
export function backersExport(figures: PresentedFigures): ExportTable<BackerRow> {
  return {
    baseName: 'fund-backers',
    sheetName: 'backers',
    columns: [
      { zh: '出资方', en: 'Backer', kind: 'text', value: (backer, language) => nameIn(language, backer) },
      { zh: '认缴（元）', en: 'Committed (yuan)', kind: 'yuan', value: (backer) => backer.committedFen },
      { zh: '已实缴（元）', en: 'Called (yuan)', kind: 'yuan', value: (backer) => backer.calledFen },
      { zh: '待缴（元）', en: 'Still to call (yuan)', kind: 'yuan', value: (backer) => backer.remainingFen },
      { zh: '认缴日期', en: 'Committed on', kind: 'date', value: (backer) => backer.committedOn },
    ],
    items: figures.backers,
    truncated: false,
  }
}

/** The portfolio by industry × city: a row per pair the fund invested in, industries and cities in their order. */
export function portfolioExport(figures: PresentedFigures): ExportTable<PortfolioCell> {
  const { industries, cities, cells } = figures.heatMap
  const cityOf = (code: string) => cities.find((city) => city.code === code)
  return {
    baseName: 'fund-portfolio',
    sheetName: 'portfolio',
    columns: [
      {
        zh: '产业',
        en: 'Industry',
        kind: 'text',
        value: (cell, language) =>
          nameIn(
            language,
            industries.find((industry) => industry.code === cell.industry),
          ),
      },
      {
        zh: '城市',
        en: 'City',
        kind: 'text',
        value: (cell, language) => nameIn(language, cityOf(cell.cityCode)),
      },
      { zh: '投资笔数', en: 'Investments', kind: 'integer', value: (cell) => cell.investments },
      { zh: '金额（元）', en: 'Amount (yuan)', kind: 'yuan', value: (cell) => cell.amountFen },
    ],
    items: cells.filter((cell) => cell.investments > 0),
    truncated: false,
  }
}

/** The amounts by stage: invested, rounds, firms, exits and what the exits brought back. */
export function stagesExport(figures: PresentedFigures): ExportTable<StageRow> {
  return {
    baseName: 'fund-stages',
    sheetName: 'stages',
    columns: [
      { zh: '阶段', en: 'Stage', kind: 'text', value: (row, language) => nameIn(language, row.stage) },
      { zh: '金额（元）', en: 'Amount (yuan)', kind: 'yuan', value: (row) => row.amountFen },
      { zh: '投资笔数', en: 'Investments', kind: 'integer', value: (row) => row.investments },
      { zh: '追加轮次', en: 'Follow-on rounds', kind: 'integer', value: (row) => row.followOns },
      { zh: '企业数', en: 'Firms', kind: 'integer', value: (row) => row.firms },
      { zh: '退出笔数', en: 'Exits', kind: 'integer', value: (row) => row.exits },
      { zh: '退出回收（元）', en: 'Exit proceeds (yuan)', kind: 'yuan', value: (row) => row.exitProceedsFen },
    ],
    items: figures.byStage,
    truncated: false,
  }
}
