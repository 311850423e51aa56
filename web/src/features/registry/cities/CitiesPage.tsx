import { Alert, Card, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { column } from '../../../shared/ui/columns'
import { Link } from 'react-router'
import type { City } from '../../../shared/api/types'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useCities, useRegistrySummary } from '../../../shared/reference/reference.queries'
import { tableScroll } from '../../../shared/ui/tables'

export function CitiesPage() {
  const { t } = useTranslation('registry')
  const { language, isChinese, nameOf, otherNameOf } = useLanguage()
  const cities = useCities()
  const summary = useRegistrySummary()
  if (cities.isPending) return <PageLoading />
  if (cities.isError) return <PageError error={cities.error} onRetry={() => void cities.refetch()} />

  const count = (value: number) => formatCount(value, language)
  const figureColumn = (key: keyof City['figures'], title: string, sortable: boolean) => ({
    key,
    title,
    width: sortable ? 130 : 96,
    align: 'right' as const,
    ...(sortable ? { sorter: (first: City, second: City) => first.figures[key] - second.figures[key] } : {}),
    render: (_: unknown, city: City) => count(city.figures[key]),
  })
  const columns: TableColumnsType<City> = [
    column('name', t('cities.columns.name'), (city) => (
      <>
        <Link to={`/cities/${encodeURIComponent(city.code)}`}>{nameOf(city)}</Link>
        <span className="g60-secondary-name">{otherNameOf(city)}</span>
      </>
    )),
    column(
      'province',
      t('cities.columns.province'),
      (city) => (isChinese ? city.provinceZh : city.provinceEn),
      120,
    ),
    figureColumn('highTechFirms', t('figures.highTechFirms'), true),
    figureColumn('leadingFirms', t('figures.leadingFirms'), true),
    figureColumn('parks', t('figures.parks'), false),
    figureColumn('demonstrationParks', t('figures.demonstrationParks'), false),
    figureColumn('institutions', t('figures.institutions'), false),
    figureColumn('providers', t('figures.providers'), false),
  ]
  return (
    <>
      <PageTitle title={t('cities.title')} subtitle={t('cities.subtitle')} />
      {summary.data?.isSynthetic === true && (
        <Alert type="info" showIcon title={t('cities.syntheticFigures')} style={{ marginBottom: 16 }} />
      )}
      <Card>
        <Table<City>
          rowKey="code"
          columns={columns}
          dataSource={cities.data}
          pagination={false}
          expandable={{
            expandedRowRender: (city) => (
              <p className="g60-city-role">
                <strong>{t('cities.columns.role')}: </strong>
                {isChinese ? city.roleZh : city.roleEn}
              </p>
            ),
            columnTitle: <span className="g60-visually-hidden">{t('cities.columns.role')}</span>,
          }}
          size="middle"
          scroll={tableScroll}
        />
      </Card>
    </>
  )
}
