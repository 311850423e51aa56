// Cases in a table: the number people quote (a link to the case), the item, who applied, the route from the window
// city to the competent city, the status and the clock; a queue adds its moves. Rows past their due day are red.
import { ArrowRightOutlined } from '@ant-design/icons'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { PagedList } from '../../../shared/list/usePagedList'
import { PagedTable } from '../../../shared/list/PagedRows'
import { sortable, sortChange } from '../../../shared/list/sorting'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, timestampColumn, type Column } from '../../../shared/ui/columns'
import { BilingualName } from '../../../shared/ui/RecordName'
import { CaseClock } from './CaseClock'
import { CaseStatusTag } from './StatusTags'
import type { CaseFilters } from './services.queries'
import type { ServiceCaseSummary } from './services.types'
import './services.css'

export const casePath = (id: string) => `/services/cases/${encodeURIComponent(id)}`

/** Window city → competent city; a narrow column breaks it after the arrow, never inside a city's name. */
export function CaseRoute({ found }: { found: Pick<ServiceCaseSummary, 'windowCity' | 'competentCity'> }) {
  const { nameOf } = useLanguage()
  return (
    <span className="g60-case-route">
      <span>
        {nameOf(found.windowCity)} <ArrowRightOutlined aria-hidden />
      </span>{' '}
      <span>{nameOf(found.competentCity)}</span>
    </span>
  )
}

interface CaseTableProps {
  list: PagedList<CaseFilters, ServiceCaseSummary>
  /** the applicant sees its own cases; officers see whose each case is */
  showApplicant: boolean
  /** what an empty list says */
  emptyText: string
  renderActions?: (found: ServiceCaseSummary) => ReactNode
  actionsWidth?: number
  /** columns a queue leaves out because every row says the same (its status, a clock not started yet) */
  hiddenColumns?: readonly HideableColumn[]
  testId: string
}

type HideableColumn = 'submittedAt' | 'status' | 'clock'

export function CaseTable({
  list,
  showApplicant,
  emptyText,
  renderActions,
  actionsWidth,
  hiddenColumns = [],
  testId,
}: CaseTableProps) {
  const { t } = useTranslation('services')
  const sort = list.filters.sort ?? ''
  const columns: Column<ServiceCaseSummary>[] = [
    column(
      'number',
      t('cases.number'),
      (found) => (
        <Link to={casePath(found.id)} className="g60-case-number">
          {found.number}
        </Link>
      ),
      160,
    ),
    column('item', t('cases.item'), (found) => <BilingualName record={found.item} />),
    ...(showApplicant
      ? [
          column<ServiceCaseSummary>(
            'applicant',
            t('cases.applicant'),
            (found) => <BilingualName record={found.applicant} />,
            180,
          ),
        ]
      : []),
    column('route', t('cases.route'), (found) => <CaseRoute found={found} />, 160),
    sortable(
      timestampColumn('submittedAt', t('cases.submittedAt'), (found) => found.submittedAt, 130),
      'submittedAt',
      sort,
    ),
    sortable(
      column('status', t('cases.status'), (found) => <CaseStatusTag status={found.status} />, 110),
      'status',
      sort,
    ),
    sortable(
      column('clock', t('cases.clock'), (found) => <CaseClock clock={found.clock} />, 170),
      'dueOn',
      sort,
    ),
    ...(renderActions === undefined
      ? []
      : [column<ServiceCaseSummary>('actions', t('common.actions'), renderActions, actionsWidth ?? 200)]),
  ]
  // a sortable column's key is its sort key (the clock sorts by its due day)
  const hidden = new Set<unknown>(hiddenColumns.map((name) => (name === 'clock' ? 'dueOn' : name)))
  return (
    <PagedTable<ServiceCaseSummary>
      list={list}
      columns={columns.filter((shown) => !hidden.has(shown.key))}
      emptyText={emptyText}
      rowClassName={(found) => (found.clock.isOverdue ? 'g60-case-overdue' : '')}
      onChange={sortChange(list.url)}
      data-testid={testId}
    />
  )
}
