// The dashboard's figures as tables: the city pairs, the on-time share by city, the ratings, the overdue list.
import { Rate, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatCount } from '../../../shared/format/format'
import type { Language } from '../../../shared/i18n/i18n'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, type Column } from '../../../shared/ui/columns'
import { Day } from '../../../shared/ui/Formatted'
import { BilingualName } from '../../../shared/ui/RecordName'
import { CaseRoute, casePath } from '../common/CaseTable'
import type { RatingRow, ServiceFigures } from '../common/services.types'

/** A chart's table shares a row with another chart: it scrolls sideways only below this width. */
const chartTableScroll = { x: 320 } as const

/** An average rating, with its one decimal always shown (4.0, not 4). */
export function formatAverage(average: number, language: Language): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    average,
  )
}

type Pair = ServiceFigures['pairs'][number]
type OnTimeRow = ServiceFigures['onTime'][number]
type OverdueRow = ServiceFigures['overdue'][number]

export function PairsTable({ pairs }: { pairs: Pair[] }) {
  const { t } = useTranslation('services')
  const { language } = useLanguage()
  // the route and its count first: on a phone they are what shows before the table scrolls
  const columns: Column<Pair>[] = [
    column('route', t('cases.route'), (pair) => <CaseRoute found={pair} />),
    column('cases', t('dashboard.cases'), (pair) => formatCount(pair.cases, language), {
      align: 'right',
      width: 80,
    }),
    column(
      'crossCity',
      t('dashboard.crossCity'),
      (pair) => (pair.windowCity.code === pair.competentCity.code ? t('common.no') : t('common.yes')),
      80,
    ),
  ]
  const rows = [...pairs].sort((first, second) => second.cases - first.cases)
  return (
    <DataTable<Pair>
      rowKey={(pair) => `${pair.windowCity.code}>${pair.competentCity.code}`}
      rows={rows}
      columns={columns}
      scroll={chartTableScroll}
      emptyText={t('dashboard.noCases')}
      data-testid="pairs-table"
    />
  )
}

export function OnTimeTable({ rows }: { rows: OnTimeRow[] }) {
  const { t } = useTranslation('services')
  const { language, nameOf } = useLanguage()
  const columns: Column<OnTimeRow>[] = [
    column('city', t('dashboard.competentCity'), (row) => nameOf(row.city)),
    column('decided', t('dashboard.decided'), (row) => formatCount(row.decided, language), {
      align: 'right',
      width: 90,
    }),
    column('onTime', t('dashboard.decidedOnTime'), (row) => formatCount(row.onTime, language), {
      align: 'right',
      width: 100,
    }),
    column('share', t('dashboard.onTimeShare'), (row) => `${formatCount(row.onTimePercent, language)}%`, {
      align: 'right',
      width: 100,
    }),
  ]
  return (
    <DataTable<OnTimeRow>
      rowKey={(row) => row.city.code}
      rows={rows}
      columns={columns}
      scroll={chartTableScroll}
      emptyText={t('dashboard.noDecisions')}
      data-testid="on-time-table"
    />
  )
}

/** Ratings by what `title` names; items of the same name in several cities are told apart by their code. */
export function RatingsTable({
  rows,
  title,
  showCode = false,
  testId,
}: {
  rows: RatingRow[]
  title: string
  showCode?: boolean
  testId: string
}) {
  const { t } = useTranslation('services')
  const { language } = useLanguage()
  const columns: Column<RatingRow>[] = [
    column('name', title, (row) => (
      <>
        <BilingualName record={row} />
        {showCode && <span className="g60-secondary-name g60-case-number">{row.key}</span>}
      </>
    )),
    column('ratings', t('dashboard.ratings'), (row) => formatCount(row.ratings, language), {
      align: 'right',
      width: 100,
    }),
    column(
      'average',
      t('dashboard.average'),
      (row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Rate disabled allowHalf value={Math.round(row.average * 2) / 2} style={{ fontSize: 14 }} />{' '}
          {formatAverage(row.average, language)}
        </span>
      ),
      200,
    ),
  ]
  return (
    <DataTable<RatingRow>
      rowKey="key"
      rows={rows}
      columns={columns}
      emptyText={t('dashboard.noRatings')}
      data-testid={testId}
    />
  )
}

export function OverdueTable({ rows }: { rows: OverdueRow[] }) {
  const { t } = useTranslation('services')
  const columns: Column<OverdueRow>[] = [
    column(
      'number',
      t('cases.number'),
      (row) => (
        <Link to={casePath(row.id)} className="g60-case-number">
          {row.number}
        </Link>
      ),
      170,
    ),
    column('item', t('cases.item'), (row) => (
      <BilingualName record={{ nameZh: row.itemNameZh, nameEn: row.itemNameEn }} />
    )),
    column('route', t('cases.route'), (row) => <CaseRoute found={row} />, 170),
    column('dueOn', t('dashboard.dueOn'), (row) => <Day day={row.dueOn} />, 130),
    column(
      'escalated',
      t('dashboard.escalated'),
      (row) => (row.escalated ? <Tag color="error">{t('dashboard.escalatedYes')}</Tag> : t('common.none')),
      110,
    ),
  ]
  return (
    <DataTable<OverdueRow>
      rows={rows}
      columns={columns}
      rowClassName={() => 'g60-case-overdue'}
      emptyText={t('dashboard.noOverdue')}
      data-testid="overdue-table"
    />
  )
}
