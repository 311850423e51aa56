// The competent city's deciding queue (审批办理): the accepted cases it decides, the soonest due first, those past
// their due day in red. Each is decided (approved, approved with conditions, refused with the reason), or paused
// while the applicant hands in more. The corridor office may look at any city's queue.
import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { usePagedList } from '../../../shared/list/usePagedList'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CityFilter, YesFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useCaseMoves } from '../cases/CaseMoves'
import { caseFiltersOf } from '../common/caseFilters'
import { CaseListFilters } from '../common/CaseListFilters'
import { CaseTable } from '../common/CaseTable'
import { casePages } from '../common/services.queries'

/** what the deciding office may do with a case under review */
const decidingMoves = ['approve', 'approve_with_conditions', 'refuse', 'pause_for_materials']

export function DecidingPage() {
  const { t } = useTranslation('services')
  const user = useCurrentUser()
  const anyCity = user.role === 'corridor_admin'
  const moves = useCaseMoves()
  const list = usePagedList(casePages, (url) =>
    caseFiltersOf(url, 'deciding', { city: anyCity, overdue: true }),
  )
  return (
    <>
      <PageTitle title={t('nav.deciding')} subtitle={t('deciding.subtitle')} />
      <Card>
        <CaseListFilters url={list.url} filters={list.filters}>
          {anyCity && <CityFilter label={t('deciding.competentCity')} />}
          <YesFilter name="overdue" label={t('deciding.overdueOnly')} />
        </CaseListFilters>
        <CaseTable
          list={list}
          showApplicant
          emptyText={t('deciding.empty')}
          testId="deciding-queue"
          actionsWidth={170}
          hiddenColumns={['submittedAt', 'status']}
          renderActions={(found) => moves.buttons(found, decidingMoves, { size: 'small' })}
        />
      </Card>
      {moves.dialogs}
    </>
  )
}
