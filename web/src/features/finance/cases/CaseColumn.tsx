// One stage of the board: its cases, most recent first.
import { Empty, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { QueryError } from '../../../shared/ui/PageError'
import type { CaseStage, FinanceCityCode } from '../common/finance.types'
import { CaseCard } from './CaseCard'
import { useStageCases } from './cases.queries'

interface CaseColumnProps {
  stage: CaseStage
  city: FinanceCityCode | undefined
  onOpen: (caseId: string) => void
}

export function CaseColumn({ stage, city, onOpen }: CaseColumnProps) {
  const { t } = useTranslation('finance')
  const cases = useStageCases(stage, city)
  const items = cases.data?.items ?? []
  const more = cases.data?.nextCursor !== null && cases.data?.nextCursor !== undefined
  return (
    <section
      className="g60-case-column"
      data-testid={`case-column-${stage}`}
      aria-label={t(`enums.caseStage.${stage}`)}
    >
      <header className={`g60-case-column-head g60-case-stage-${stage}`}>
        <span>{t(`enums.caseStage.${stage}`)}</span>
        <span className="g60-case-count">{more ? `${items.length}+` : items.length}</span>
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
      </div>
    </section>
  )
}
