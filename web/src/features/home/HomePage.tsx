// Home: the role's workbench (its waiting work and own figures), then the corridor's key figures and the map of
// the nine cities, all counted from the database.
import { Alert, Col, Row, Skeleton } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../shared/i18n/useLanguage'
import { InlineError, QueryError } from '../../shared/ui/PageError'
import { PageTitle } from '../../shared/ui/PageTitle'
import { Panel } from '../../shared/ui/Panel'
import { useCurrentUser } from '../../shared/session/SessionContext'
import { useCities, useRegistrySummary } from '../../shared/reference/reference.queries'
import { CityRanking } from './CityRanking'
import { KeyFigures } from './KeyFigures'
import { Workbench } from './Workbench'

// The map's code (ECharts) starts loading with the page, alongside the page's data, and is drawn when both are in.
const corridorMapModule = import('./CorridorMap')
const CorridorMap = lazy(async () => ({ default: (await corridorMapModule).CorridorMap }))

export function HomePage() {
  const { t } = useTranslation('home')
  const { isChinese } = useLanguage()
  const user = useCurrentUser()
  const summary = useRegistrySummary()
  const cities = useCities()
  const mapPlaceholder = <Skeleton.Node active style={{ width: '100%', height: 420 }} />

  return (
    <>
      <PageTitle
        title={t('title')}
        subtitle={t('welcome', { name: isChinese ? user.displayNameZh : user.displayNameEn })}
      />
      {summary.data?.isSynthetic === true && (
        <Alert type="info" showIcon title={t('syntheticBanner')} style={{ marginBottom: 16 }} />
      )}
      <div style={{ marginBottom: 16 }}>
        <Workbench />
      </div>
      {summary.isError ? (
        <InlineError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <KeyFigures summary={summary.data} />
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={16}>
          <Panel title={t('mapTitle')} extra={t('mapHint')}>
            <QueryError query={cities} />
            {cities.isPending ? (
              mapPlaceholder
            ) : cities.data !== undefined ? (
              <Suspense fallback={mapPlaceholder}>
                <CorridorMap cities={cities.data} />
              </Suspense>
            ) : null}
          </Panel>
        </Col>
        <Col xs={24} xl={8}>
          <Panel title={t('rankingTitle')}>
            {cities.isPending ? <Skeleton active /> : <CityRanking cities={cities.data ?? []} />}
          </Panel>
        </Col>
      </Row>
    </>
  )
}
