// The workstation's case board: the cases of its city as columns by stage (visit → assessment → referral →
// decision → drawdown → closed), filtered by stage, officer and overdue; each column shows a page of cards under
// a head counting them all (one counts request for the board); a card opens the case, its notes and the next move.
// Officers read; the workstation (and the corridor office) open and move cases.
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SelectFilter, YesFilter } from '../../../shared/ui/filters'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useUrlFilters, type UrlFilters } from '../../../shared/list/useUrlFilters'
import { caseStages } from '../common/enums'
import { CaseColumn } from './CaseColumn'
import { CaseDrawer } from './CaseDrawer'
import './cases.css'
import { NewCaseDialog } from './NewCaseDialog'
import { useCaseCounts, type BoardFilters } from './cases.queries'

export function CaseBoardPage() {
  const { t } = useTranslation('finance')
  const user = useCurrentUser()
  const url = useUrlFilters()
  const [creating, setCreating] = useState(false)
  const [openCase, setOpenCase] = useState<string | null>(null)
  const anyCity = user.role === 'corridor_admin'
  const city = anyCity
    ? cityCodes.find((code) => code === url.text('city'))
    : cityCodes.find((code) => code === user.cityCode)
  const mayRun = user.role === 'workstation' || user.role === 'corridor_admin'
  const filters: BoardFilters = { city, officer: url.text('officer'), overdue: url.flag('overdue') === true }
  const stage = url.choice('stage', caseStages)
  const counts = useCaseCounts(filters)
  const countOf = (shown: string) => counts.data?.stages.find((row) => row.stage === shown)?.count

  return (
    <>
      <PageTitle
        title={t('nav.cases')}
        subtitle={t('cases.subtitle')}
        extra={
          mayRun && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('cases.new')}
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <BoardFilterBar url={url} anyCity={anyCity} city={city} officers={counts.data?.officers ?? []} />
      </Card>
      <div className="g60-case-board" data-testid="case-board">
        {caseStages
          .filter((shown) => stage === undefined || shown === stage)
          .map((shown) => (
            <CaseColumn
              key={shown}
              stage={shown}
              filters={filters}
              count={countOf(shown)}
              onOpen={setOpenCase}
            />
          ))}
      </div>
      {creating && <NewCaseDialog city={city} onClose={() => setCreating(false)} />}
      {openCase !== null && (
        <CaseDrawer caseId={openCase} mayRun={mayRun} onClose={() => setOpenCase(null)} />
      )}
    </>
  )
}

interface OfficerChoice {
  id: string
  nameZh: string
  nameEn: string
  count: number
}

/** The board's filters: the city (the corridor office only), stage, officer (those holding cases) and overdue. */
function BoardFilterBar({
  url,
  anyCity,
  city,
  officers,
}: {
  url: UrlFilters
  anyCity: boolean
  city: BoardFilters['city']
  officers: OfficerChoice[]
}) {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  return (
    <FilterBar url={url} idPrefix="case">
      {anyCity && <CityFilter width={160} value={city} />}
      <SelectFilter
        name="stage"
        label={t('cases.stageFilter')}
        width={140}
        options={caseStages.map((stage) => ({ value: stage, label: t(`enums.caseStage.${stage}`) }))}
      />
      <SelectFilter
        name="officer"
        label={t('cases.officerFilter')}
        width={200}
        options={officers.map((officer) => ({
          value: officer.id,
          label: `${nameOf(officer)} (${officer.count})`,
        }))}
      />
      <YesFilter name="overdue" label={t('cases.overdueFilter')} />
    </FilterBar>
  )
}
