// A firm's score on a chosen day (today unless another is picked: past scores are recomputed with the parameters
// then in force), its suggested products, and recording new values for those who may.
import { EditOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isDay, shanghaiToday } from '../../../shared/format/days'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { DayFilter } from '../../../shared/ui/filters'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import '../common/finance.css'
import { RecordIndicatorsDialog } from './RecordIndicatorsDialog'
import { ScoreCard } from './ScoreCard'
import { useFirmScore } from './score.queries'
import { SuggestedProducts } from './SuggestedProducts'

export function ScoreView({ firmId, title }: { firmId: string; title: ReactNode }) {
  const { t } = useTranslation('finance')
  const user = useCurrentUser()
  const url = useUrlFilters()
  const [recording, setRecording] = useState(false)
  const today = shanghaiToday()
  const chosen = url.text('asOf')
  const asOf = isDay(chosen) && chosen < today ? chosen : undefined
  const score = useFirmScore(firmId, asOf)
  const mayRecord = user.role !== 'financier'

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={title}
        subtitle={t('score.subtitle')}
        extra={
          mayRecord && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => setRecording(true)}
              disabled={score.data === undefined}
            >
              {t('record.open')}
            </Button>
          )
        }
      />
      <Card>
        <FilterBar url={url} idPrefix="score">
          <DayFilter
            name="asOf"
            label={t('score.asOfPicker')}
            width={190}
            max={today}
            value={asOf ?? today}
            fallback={today}
            testId="score-as-of"
          />
        </FilterBar>
        <Alert
          type={asOf === undefined ? 'info' : 'warning'}
          showIcon
          title={asOf === undefined ? t('score.todayNote') : t('score.pastNote', { day: asOf })}
        />
      </Card>
      {score.isPending && <PageLoading />}
      {score.isError && <PageError error={score.error} onRetry={() => void score.refetch()} />}
      {score.data !== undefined && (
        <ScoreCard score={score.data} after={<SuggestedProducts firmId={firmId} />} />
      )}
      {recording && score.data !== undefined && (
        <RecordIndicatorsDialog
          firmId={firmId}
          contributions={score.data.contributions}
          selfReportedOnly={user.role === 'firm'}
          onClose={() => setRecording(false)}
        />
      )}
    </Flex>
  )
}
