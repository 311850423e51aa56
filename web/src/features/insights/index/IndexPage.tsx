// The integration index (一体化指数): for the corridor or a city, the index month by month with each kind's
// contribution to its change; every scope side by side; the versions of the weights; and, for the office, new
// weights from a month on. Each chart with its table and export.
import { Card, Flex, Typography } from 'antd'
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartCard } from '../../../shared/charts/ChartCard'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ExportButton } from '../../../shared/list/ExportButton'
import { figureExportPaths, useIndexSeries } from '../common/insights.queries'
import { validPeriod } from '../common/period'
import { PeriodFilter } from '../common/PeriodFilter'
import { useCityAxis } from '../common/useCityAxis'
import { indexRows, latestIndex, versionsNewestFirst } from './indexSeries'
import { IndexTable } from './IndexTable'
import { corridorScope, scopeSeries } from './scopeSeries'
import { ScopesTable } from './ScopesTable'
import { WeightsForm } from './WeightsForm'
import { WeightVersions } from './WeightVersions'

const chartsModule = Promise.all([import('./IndexChart'), import('./ScopesChart')])
const IndexChart = lazy(async () => ({ default: (await chartsModule)[0].IndexChart }))
const ScopesChart = lazy(async () => ({ default: (await chartsModule)[1].ScopesChart }))

export function IndexPage() {
  const { t } = useTranslation('insights')
  const user = useCurrentUser()
  const url = useUrlFilters()
  const axis = useCityAxis()
  const period = validPeriod(url.text('period'))
  const scope = url.choice('scope', [corridorScope, ...axis.codes]) ?? corridorScope
  const index = useIndexSeries({ period })
  const data = index.data
  const scopeName = (code: string) => (code === corridorScope ? t('index.corridor') : axis.nameOf(code))
  const rows = indexRows(data?.scopes.find((candidate) => candidate.scope === scope))
  const latest = latestIndex(rows)
  const scopes = data === undefined ? { months: [], series: [] } : scopeSeries(data, scopeName, axis.codes)
  const versions = data?.weightVersions ?? []
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.index')} subtitle={t('index.subtitle')} />
      <Card>
        <FilterBar url={url} values={{ period, scope }} idPrefix="index">
          <PeriodFilter period={period} />
          <SelectFilter
            name="scope"
            label={t('index.scope')}
            width={170}
            fallback={corridorScope}
            value={scope}
            options={[corridorScope, ...axis.codes].map((code) => ({ value: code, label: scopeName(code) }))}
          />
        </FilterBar>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('index.method')}
        </Typography.Paragraph>
      </Card>
      <QueryError query={index} />
      <ChartCard
        title={t('index.scopeTitle', {
          scope: scopeName(scope),
          latest: latest?.row.indexValue?.toFixed(2) ?? '—',
        })}
        height={340}
        testId="index-scope"
        chart={data !== undefined && <IndexChart rows={rows} testId="index-scope-chart" />}
        table={<IndexTable rows={rows} testId="index-scope-table" />}
        actions={
          <ExportButton
            path={figureExportPaths.index}
            query={{ period, scope }}
            testId="index-scope-export"
          />
        }
      />
      <ChartCard
        title={t('index.scopesTitle')}
        height={360}
        testId="index-scopes"
        chart={data !== undefined && axis.ready && <ScopesChart {...scopes} />}
        table={<ScopesTable {...scopes} />}
        actions={
          <ExportButton
            path={figureExportPaths.indexScopes}
            query={{ period }}
            testId="index-scopes-export"
          />
        }
      />
      <Card title={t('weights.title')}>
        <WeightVersions versions={versions} />
      </Card>
      {user.role === 'corridor_admin' && data !== undefined && (
        <WeightsForm current={versionsNewestFirst(versions)[0]} />
      )}
    </Flex>
  )
}
