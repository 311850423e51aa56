// The shared catalogue of large instruments: search in Chinese or English, filter (also "free between A and
// B"), the list, and the nine-city map of where the matching instruments are.
import { Alert, Card, Col, Flex, Row, Skeleton } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCities } from '../../../shared/reference/reference.queries'
import { instrumentPages } from '../common/instruments.queries'
import '../common/instruments.css'
import { CityCountList } from './CityCountList'
import { useCityCounts } from './cityCounts.queries'
import { InstrumentTable } from './InstrumentTable'
import { SearchFilterBar } from './SearchFilterBar'
import { readSearchFilters } from './searchFilters'

// ECharts loads with the page, alongside the data, and draws when both are in
const mapModule = import('./InstrumentCityMap')
const InstrumentCityMap = lazy(async () => ({ default: (await mapModule).InstrumentCityMap }))

export function InstrumentSearchPage() {
  const { t } = useTranslation('instruments')
  const { url, query: page, pager } = usePagedList(instrumentPages, (url) => readSearchFilters(url).api)
  const filters = readSearchFilters(url)
  const instruments = page.data?.items ?? []
  const { city, ...withoutCity } = filters.api
  const counts = useCityCounts(withoutCity)
  const cities = useCities()
  const selectCity = (code: string | undefined) => url.setFilter('city', code)
  const mapPlaceholder = <Skeleton.Node active style={{ width: '100%', height: 240 }} />

  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('search.title')} subtitle={t('search.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15} xxl={16}>
          <Card style={{ height: '100%' }}>
            <SearchFilterBar url={url} filters={filters} />
            {filters.freeWindowProblem !== null && (
              <Alert
                type="warning"
                showIcon
                title={t(`search.freeWindowProblem.${filters.freeWindowProblem}`)}
                data-testid="free-window-problem"
              />
            )}
            {filters.priceInvalid && <Alert type="warning" showIcon title={t('search.priceInvalid')} />}
          </Card>
        </Col>
        <Col xs={24} xl={9} xxl={8}>
          <Card
            size="small"
            title={t('search.mapTitle')}
            extra={<span className="g60-muted">{t('search.mapHint')}</span>}
          >
            {counts.isError && <InlineError error={counts.error} onRetry={() => void counts.refetch()} />}
            {cities.data === undefined || counts.data === undefined ? (
              mapPlaceholder
            ) : (
              <>
                <Suspense fallback={mapPlaceholder}>
                  <InstrumentCityMap
                    cities={cities.data}
                    counts={counts.data}
                    selected={city}
                    onSelect={selectCity}
                  />
                </Suspense>
                <CityCountList
                  cities={cities.data}
                  counts={counts.data}
                  selected={city}
                  onSelect={selectCity}
                />
              </>
            )}
          </Card>
        </Col>
      </Row>
      <Card title={t('search.listTitle')}>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={instruments.some((instrument) => instrument.isSynthetic)} />
        <InstrumentTable instruments={instruments} loading={page.isFetching} emptyText={t('search.empty')} />
        <CursorPager pager={pager} />
      </Card>
    </Flex>
  )
}
