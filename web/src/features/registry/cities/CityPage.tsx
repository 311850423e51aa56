import { Card, Descriptions, Flex, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { City } from '../../../shared/api/types'
import { formatCoordinate } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { ChairedAlliances } from '../alliances/ChairedAlliances'
import { ParkTable } from '../parks/ParkTable'
import { parkPages } from '../parks/parks.queries'
import { useFirstPage } from '../../../shared/list/usePagedList'
import { useCity } from './cities.queries'
import { CityFigures } from './CityFigures'

const parksPerCityMax = 100

export function CityPage() {
  const { code = '' } = useParams()
  return <QueryPage query={useCity(code)}>{(city) => <CityProfile city={city} />}</QueryPage>
}

function CityProfile({ city }: { city: City }) {
  const { t } = useTranslation('registry')
  const { isChinese, nameOf, otherNameOf } = useLanguage()
  const parks = useFirstPage(parkPages, { city: city.code }, parksPerCityMax)
  const cityQuery = `?city=${encodeURIComponent(city.code)}`

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={nameOf(city)}
        subtitle={`${otherNameOf(city)} · ${isChinese ? city.provinceZh : city.provinceEn}`}
        extra={
          <Flex gap="small" wrap>
            <LinkButton to={`/firms${cityQuery}`}>{t('cities.firmsOfCity')}</LinkButton>
            <LinkButton to={`/institutions${cityQuery}`}>{t('cities.institutionsOfCity')}</LinkButton>
            <LinkButton to={`/providers${cityQuery}`}>{t('cities.providersOfCity')}</LinkButton>
          </Flex>
        }
      />
      <CityFigures figures={city.figures} />
      <Card title={t('cities.profile')}>
        <Descriptions
          column={1}
          items={[
            { key: 'role', label: t('cities.columns.role'), children: isChinese ? city.roleZh : city.roleEn },
            {
              key: 'coordinates',
              label: t('cities.coordinates'),
              children: `${formatCoordinate(city.latitude, 'N', 'S')}, ${formatCoordinate(city.longitude, 'E', 'W')}`,
            },
          ]}
        />
      </Card>
      <Card title={t('cities.parks')}>
        <QueryError query={parks} />
        <SyntheticNotice shown={(parks.data?.items ?? []).some((park) => park.isSynthetic)} />
        <ParkTable parks={parks.data?.items ?? []} loading={parks.isFetching} showCity={false} />
        {typeof parks.data?.nextCursor === 'string' && (
          <LinkButton type="link" to={`/parks${cityQuery}`}>
            {t('cities.allParks')}
          </LinkButton>
        )}
      </Card>
      <Card title={t('cities.alliances')}>
        {parks.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <ChairedAlliances parkIds={(parks.data?.items ?? []).map((park) => park.id)} />
        )}
      </Card>
    </Flex>
  )
}
