// The shared catalogue of large instruments: search in Chinese or English, filter (also "free between A and
// B"), the list, and the nine-city map of where the matching instruments are.
import { Alert, Card, Col, Flex, Row } from 'antd'
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartSlot } from '../../../shared/charts/ChartSlot'
import { ExportButton } from '../../../shared/list/ExportButton'
import { PagedRows } from '../../../shared/list/PagedRows'
import { sortChange } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useCities } from '../../../shared/reference/reference.queries'
import { instrumentExportPath, instrumentPages, instrumentSortDefault } from '../common/instruments.queries'
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
  const list = usePagedList(instrumentPages, (url) => readSearchFilters(url).api)
  const { url } = list
  const filters = readSearchFilters(url)
  // the map counts what matches in each city, in whatever order the list is
  const { city, sort, ...withoutCity } = filters.api
  const counts = useCityCounts(withoutCity)
  const cities = useCities()
  const selectCity = (code: string | undefined) => url.setFilter('city', code)

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
            <QueryError query={counts} />
            <ChartSlot height={240}>
              {cities.data !== undefined && counts.data !== undefined && (
                <InstrumentCityMap
                  cities={cities.data}
                  counts={counts.data}
                  selected={city}
                  onSelect={selectCity}
                />
              )}
            </ChartSlot>
            {cities.data !== undefined && counts.data !== undefined && (
              <CityCountList
                cities={cities.data}
                counts={counts.data}
                selected={city}
                onSelect={selectCity}
              />
            )}
          </Card>
        </Col>
      </Row>
      <Card
        title={t('search.listTitle')}
        extra={<ExportButton path={instrumentExportPath} query={{ ...list.filters }} />}
      >
        <PagedRows list={list}>
          <InstrumentTable
            instruments={list.items}
            loading={list.query.isFetching}
            emptyText={t('search.empty')}
            sorting={{ sort: sort ?? instrumentSortDefault, onChange: sortChange(list.url) }}
          />
        </PagedRows>
      </Card>
    </Flex>
  )
}
