// The cases of a party, newest first, found by number and narrowed by status, each with its clock: an applicant's
// own (我的办件), or, for officers, the history of the cases their city decides (the office: any city's).
import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { usePagedList } from '../../../shared/list/usePagedList'
import { CityFilter } from '../../../shared/ui/filters'
import { NewLink } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { isApplicant } from '../common/applicant'
import { caseFiltersOf } from '../common/caseFilters'
import { CaseListFilters } from '../common/CaseListFilters'
import { CaseTable } from '../common/CaseTable'
import { casePages } from '../common/services.queries'

export function MyCasesPage() {
  const { t } = useTranslation('services')
  const user = useCurrentUser()
  const applicant = isApplicant(user.role)
  const anyCity = user.role === 'corridor_admin'
  const list = usePagedList(casePages, (url) =>
    caseFiltersOf(url, applicant ? 'mine' : 'city', { status: true, city: anyCity }),
  )
  return (
    <>
      <PageTitle
        title={applicant ? t('nav.myCases') : t('nav.cityCases')}
        subtitle={applicant ? t('cases.mineSubtitle') : t('cases.citySubtitle')}
        extra={
          applicant && (
            <NewLink to={user.role === 'professional' ? '/services/talent' : '/services/catalogue'}>
              {t('cases.newCase')}
            </NewLink>
          )
        }
      />
      <Card>
        <CaseListFilters url={list.url} filters={list.filters} withStatus>
          {anyCity && <CityFilter label={t('deciding.competentCity')} />}
        </CaseListFilters>
        <CaseTable
          list={list}
          showApplicant={!applicant}
          emptyText={applicant ? t('cases.mineEmpty') : t('cases.cityEmpty')}
          testId="case-list"
        />
      </Card>
    </>
  )
}
