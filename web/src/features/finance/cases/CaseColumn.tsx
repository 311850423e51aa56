// One stage of the board: a page of its cases and "more" for the next, under a head counting all of them (the
// count comes from the board's one counts request, not from the cards loaded so far).
import { Button, Empty, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { QueryError } from '../../../shared/ui/PageError'
import type { CaseStage } from '../common/finance.types'
import { CaseCard } from './CaseCard'
import { useStageCases, type BoardFilters } from './cases.queries'

interface CaseColumnProps {
  stage: CaseStage
  filters: BoardFilters
  /** how many cases the stage holds under the filters; undefined while the counts load */
  count: number | undefined
  onOpen: (caseId: string) => void
}

export function CaseColumn({ stage, filters, count, onOpen }: CaseColumnProps) {
  const { t } = useTranslation('finance')
  const cases = useStageCases(stage, filters)
  const items = cases.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <section
      className="g60-case-column"
      data-testid={`case-column-${stage}`}
      aria-label={t(`enums.caseStage.${stage}`)}
    >
      <header className={`g60-case-column-head g60-case-stage-${stage}`}>
        <span>{t(`enums.caseStage.${stage}`)}</span>
        <span className="g60-case-count" data-testid="case-count">
          {count ?? '…'}
        </span>
      </header>
      <div className="g60-case-column-body">
        <QueryError query={cases} />
        {cases.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
        {cases.data !== undefined && items.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.columnEmpty')} />
        )}
        {items.map((item) => (
          <CaseCard key={item.id} item={item} onOpen={() => onOpen(item.id)} />
        ))}
        {cases.hasNextPage && (
          <Button
            block
            type="dashed"
            loading={cases.isFetchingNextPage}
            onClick={() => void cases.fetchNextPage()}
            data-testid="case-column-more"
          >
            {t('cases.more', { shown: items.length, total: count ?? items.length })}
          </Button>
        )}
      </div>
    </section>
  )
}
