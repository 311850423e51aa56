// The workstation's case board: the cases of its city as columns by stage (visit → assessment → referral →
// decision → drawdown → closed); a card opens the case, its notes and the next move. Officers read; the
// workstation (and the corridor office) open and move cases.
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { caseStages } from '../common/enums'
import { CaseColumn } from './CaseColumn'
import { CaseDrawer } from './CaseDrawer'
import './cases.css'
import { NewCaseDialog } from './NewCaseDialog'

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
      {anyCity && (
        <Card style={{ marginBottom: 16 }}>
          <FilterBar url={url} idPrefix="case">
            <CityFilter width={160} value={city} />
          </FilterBar>
        </Card>
      )}
      <div className="g60-case-board" data-testid="case-board">
        {caseStages.map((stage) => (
          <CaseColumn key={stage} stage={stage} city={city} onOpen={setOpenCase} />
        ))}
      </div>
      {creating && <NewCaseDialog city={city} onClose={() => setCreating(false)} />}
      {openCase !== null && (
        <CaseDrawer caseId={openCase} mayRun={mayRun} onClose={() => setOpenCase(null)} />
      )}
    </>
  )
}
