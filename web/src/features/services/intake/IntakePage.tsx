// A window city's intake queue (窗口受理): the cases handed in at its window that wait for their pre-review, the
// oldest first. Each is accepted and routed to its competent city, sent back once for what is missing, or not
// accepted with the reason. The corridor office may look at any city's window.
import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { usePagedList } from '../../../shared/list/usePagedList'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CityFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useCaseMoves } from '../cases/CaseMoves'
import { caseFiltersOf } from '../common/caseFilters'
import { CaseListFilters } from '../common/CaseListFilters'
import { CaseTable } from '../common/CaseTable'
import { casePages } from '../common/services.queries'

/** what a window may do with a case that waits for its pre-review */
const intakeMoves = ['accept', 'request_materials', 'not_accept']

export function IntakePage() {
  const { t } = useTranslation('services')
  const user = useCurrentUser()
  const anyCity = user.role === 'corridor_admin'
  const moves = useCaseMoves()
  const list = usePagedList(casePages, (url) => caseFiltersOf(url, 'intake', { city: anyCity }))
  return (
    <>
      <PageTitle title={t('nav.intake')} subtitle={t('intake.subtitle')} />
      <Card>
        <CaseListFilters url={list.url} filters={list.filters}>
          {anyCity && <CityFilter label={t('intake.windowCity')} />}
        </CaseListFilters>
        <CaseTable
          list={list}
          showApplicant
          emptyText={t('intake.empty')}
          testId="intake-queue"
          actionsWidth={200}
          hiddenColumns={['status', 'clock']}
          renderActions={(found) => moves.buttons(found, intakeMoves, { size: 'small' })}
        />
      </Card>
      {moves.dialogs}
    </>
  )
}
