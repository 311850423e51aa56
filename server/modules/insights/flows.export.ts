// A flow matrix and a cell's records as files, from what their GETs answer: cities and parties by name in the
// language asked for, each value in its unit (yuan from fen, hours from minutes, a count of cases). The headers
// are the console's (web/src/features/insights/i18n), so a file reads like the table it came from.
import { nameIn, type ExportColumn, type ExportTable } from '../../platform/export'
import { cityCodes, cityNameOf } from '../registry'
import type { Flows } from './flows.service'
import { flowUnits, type FlowKind } from './insights.states'

type Matrices = Awaited<ReturnType<Flows['matrices']>>
type Matrix = Matrices['matrices'][number]
type MatrixCell = Matrix['cells'][number]
type FlowRecord = Awaited<ReturnType<Flows['records']>>['items'][number]

interface Named {
  nameZh: string
  nameEn: string
}

const minutesPerHour = 60

export const flowKindNames: Record<FlowKind, Named> = {
  voucher: { nameZh: '创新券', nameEn: 'Vouchers' },
  instrument: { nameZh: '仪器共享', nameEn: 'Instruments' },
  case: { nameZh: '跨城通办', nameEn: 'Cross-city cases' },
  credit: { nameZh: '科技信贷', nameEn: 'Credit' },
  award: { nameZh: '政策奖补', nameEn: 'Policy awards' },
}

/** What each end of a flow of a kind is: the cities it goes from and to, and the two parties of a record. */
const directionNames: Record<FlowKind, Record<'from' | 'to' | 'party' | 'counterparty', Named>> = {
  voucher: {
    from: { nameZh: '发券城市', nameEn: 'Issuing city' },
    to: { nameZh: '服务机构城市', nameEn: 'Provider city' },
    party: { nameZh: '用券企业', nameEn: 'Firm' },
    counterparty: { nameZh: '服务机构', nameEn: 'Provider' },
  },
  instrument: {
    from: { nameZh: '使用方城市', nameEn: 'User city' },
    to: { nameZh: '仪器所在城市', nameEn: 'Instrument city' },
    party: { nameZh: '使用方', nameEn: 'User' },
    counterparty: { nameZh: '仪器所属单位', nameEn: 'Owner' },
  },
  case: {
    from: { nameZh: '受理窗口城市', nameEn: 'Receiving city' },
    to: { nameZh: '主管城市', nameEn: 'Competent city' },
    party: { nameZh: '申请人', nameEn: 'Applicant' },
    counterparty: { nameZh: '主管部门', nameEn: 'Competent office' },
  },
  credit: {
    from: { nameZh: '金融机构城市', nameEn: 'Institution city' },
    to: { nameZh: '企业城市', nameEn: 'Firm city' },
    party: { nameZh: '企业', nameEn: 'Firm' },
    counterparty: { nameZh: '金融机构', nameEn: 'Institution' },
  },
  award: {
    from: { nameZh: '兑现城市', nameEn: 'Paying city' },
    to: { nameZh: '企业城市', nameEn: 'Firm city' },
    party: { nameZh: '企业', nameEn: 'Firm' },
    counterparty: { nameZh: '兑现单位', nameEn: 'Paying office' },
  },
}

/** Hours to one decimal, as the console shows them. */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / minutesPerHour) * 10) / 10
}

/** A value's column in its unit: yuan columns take the fen as they are, minutes become hours, cases stay counts. */
function valueColumn<Item>(kind: FlowKind, valueOf: (item: Item) => number | null): ExportColumn<Item> {
  const unit = flowUnits[kind]
  if (unit === 'fen') return { zh: '金额（元）', en: 'Amount (yuan)', kind: 'yuan', value: valueOf }
  if (unit === 'minutes') {
    return {
      zh: '时长（小时）',
      en: 'Hours',
      kind: 'decimal',
      decimals: 1,
      value: (item) => {
        const minutes = valueOf(item)
        return minutes === null ? null : hoursOf(minutes)
      },
    }
  }
  return { zh: '件数', en: 'Cases', kind: 'integer', value: valueOf }
}

function cityColumn<Item>(names: Named, codeOf: (item: Item) => string): ExportColumn<Item> {
  return {
    zh: names.nameZh,
    en: names.nameEn,
    kind: 'text',
    value: (item, language) => cityNameOf(codeOf(item), language),
  }
}

export const matrixOrders = ['cities', 'largest'] as const
export type MatrixOrder = (typeof matrixOrders)[number]

/**
 * The cells in the order a page shows them: the matrix's (from-city rows, to-city columns, both in the corridor's
 * order of cities), or the map's list (cross-city pairs first, largest first, the suppressed last).
 */
function orderedCells(cells: readonly MatrixCell[], order: MatrixOrder): MatrixCell[] {
  const rank = (code: string) => {
    const index = cityCodes.indexOf(code)
    return index < 0 ? cityCodes.length : index
  }
  if (order === 'cities') {
    return [...cells].sort(
      (first, second) =>
        rank(first.fromCityCode) - rank(second.fromCityCode) ||
        rank(first.toCityCode) - rank(second.toCityCode),
    )
  }
  return [...cells].sort(
    (first, second) =>
      Number(first.fromCityCode === first.toCityCode) - Number(second.fromCityCode === second.toCityCode) ||
      (second.value ?? -1) - (first.value ?? -1),
  )
}

/** One kind's matrix: a row per pair of cities that had records, with its value, records and disclosure. */
export function matrixExport(answer: Matrices, kind: FlowKind, order: MatrixOrder): ExportTable<MatrixCell> {
  const matrix = answer.matrices.find((candidate) => candidate.kind === kind)
  const direction = directionNames[kind]
  const columns: ExportColumn<MatrixCell>[] = [
    cityColumn(direction.from, (cell) => cell.fromCityCode),
    cityColumn(direction.to, (cell) => cell.toCityCode),
    valueColumn(kind, (cell) => cell.value),
    { zh: '笔数', en: 'Records', kind: 'integer', value: (cell) => cell.records },
    {
      zh: '是否不公开',
      en: 'Suppressed',
      kind: 'text',
      value: (cell, language) =>
        nameIn(
          language,
          cell.suppressed ? { nameZh: '不公开', nameEn: 'suppressed' } : { nameZh: '公开', nameEn: 'shown' },
        ),
    },
  ]
  return {
    baseName: `flows-${kind}-${answer.range.fromMonth.slice(0, 7)}-${answer.range.toMonth.slice(0, 7)}`,
    sheetName: kind,
    columns,
    items: orderedCells(matrix?.cells ?? [], order),
    truncated: false,
  }
}

/** The name in the language asked for, or the other one when a party has only that. */
function partyName(language: 'zh' | 'en', zh: string | null, en: string | null): string | null {
  return language === 'zh' ? (zh ?? en) : (en ?? zh)
}

/** A cell's records, newest first as the drawer lists them, each party named in the language asked for. */
export function recordsExport(
  kind: FlowKind,
  answer: Awaited<ReturnType<Flows['records']>>,
): ExportTable<FlowRecord> {
  const direction = directionNames[kind]
  const columns: ExportColumn<FlowRecord>[] = [
    { zh: '发生时间', en: 'When', kind: 'datetime', value: (record) => record.occurredAt },
    cityColumn({ nameZh: '来源城市', nameEn: 'From city' }, (record) => record.fromCityCode),
    cityColumn({ nameZh: '去向城市', nameEn: 'To city' }, (record) => record.toCityCode),
    {
      zh: direction.party.nameZh,
      en: direction.party.nameEn,
      kind: 'text',
      value: (record, language) => partyName(language, record.partyNameZh, record.partyNameEn),
    },
    {
      zh: direction.counterparty.nameZh,
      en: direction.counterparty.nameEn,
      kind: 'text',
      value: (record, language) => partyName(language, record.counterpartyNameZh, record.counterpartyNameEn),
    },
    valueColumn(kind, (record) => record.value),
  ]
  return {
    baseName: `flow-records-${kind}-${answer.range.fromMonth.slice(0, 7)}-${answer.range.toMonth.slice(0, 7)}`,
    sheetName: 'records',
    columns,
    items: answer.items,
    truncated: answer.nextCursor !== null,
  }
}
