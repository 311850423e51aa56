// A cell's records as a file: when (Shanghai time), the cities, the parties in the user's language and the other,
// the value in its unit (yuan from fen, hours from minutes, cases).
import type { TFunction } from 'i18next'
import type { RecordFilters } from '../common/insights.queries'
import type { FlowRecord } from '../common/insights.types'
import type { TableFile } from '../common/tableFile'
import { valueCell, valueColumn } from './flowMatrix'

/** an export fetches at most this many records (fifty pages of a hundred) */
export const recordsExportMax = 5_000

interface FileContext {
  cityName: (code: string) => string
  periodText: string
  isChinese: boolean
  t: TFunction<'insights'>
}

export function recordsTableFile(
  records: readonly FlowRecord[],
  filters: RecordFilters,
  { cityName, periodText, isChinese, t }: FileContext,
): TableFile {
  const kind = t(`kinds.${filters.kind}`)
  const route = [filters.from, filters.to].map((code) =>
    code === undefined ? t('records.anyCity') : cityName(code),
  )
  const first = (zh: string | null, en: string | null) => (isChinese ? (zh ?? en) : (en ?? zh))
  const second = (zh: string | null, en: string | null) => (isChinese ? en : zh)
  return {
    name: t('records.fileName', { kind, from: route[0] ?? '', to: route[1] ?? '', period: periodText }),
    sheet: `${kind} ${route.join('-')}`,
    columns: [
      { header: t('records.occurredAt'), kind: 'datetime' },
      { header: t('flows.fromCity'), kind: 'text' },
      { header: t('flows.toCity'), kind: 'text' },
      { header: t(`direction.${filters.kind}.party`), kind: 'text' },
      { header: t('records.otherLanguage'), kind: 'text' },
      { header: t(`direction.${filters.kind}.counterparty`), kind: 'text' },
      { header: t('records.otherLanguage'), kind: 'text' },
      valueColumn(filters.kind, t),
    ],
    rows: records.map((record) => [
      record.occurredAt,
      cityName(record.fromCityCode),
      cityName(record.toCityCode),
      first(record.partyNameZh, record.partyNameEn),
      second(record.partyNameZh, record.partyNameEn),
      first(record.counterpartyNameZh, record.counterpartyNameEn),
      second(record.counterpartyNameZh, record.counterpartyNameEn),
      valueCell(filters.kind, record.value),
    ]),
  }
}
