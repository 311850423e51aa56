import { Card, Descriptions, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Park } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import { ChairedAlliances } from '../alliances/ChairedAlliances'
import { ScopedFirmList } from '../firms/ScopedFirmList'
import { CityName } from '../../../shared/reference/CityName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { parkLevelLabel } from './parkLevel'
import { usePark } from './parks.queries'
import { ParkTags } from './ParkTags'

export function ParkPage() {
  const { id = '' } = useParams()
  const park = usePark(id)
  if (park.isPending) return <PageLoading />
  if (park.isError) return <PageError error={park.error} onRetry={() => void park.refetch()} />
  return <ParkProfile park={park.data} />
}

function ParkProfile({ park }: { park: Park }) {
  const { t } = useTranslation('registry')
  const { nameOf, otherNameOf } = useLanguage()
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={nameOf(park)}
        subtitle={otherNameOf(park)}
        tags={
          <>
            <ParkTags park={park} />
            <SyntheticTag isSynthetic={park.isSynthetic} />
          </>
        }
      />
      <Card title={t('parks.profile')}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 4, xxl: 4 }}
          items={[
            { key: 'city', label: t('common.city'), children: <CityName code={park.cityCode} linked /> },
            { key: 'level', label: t('parks.columns.level'), children: parkLevelLabel(t, park.level) },
            {
              key: 'industry',
              label: t('parks.columns.mainIndustry'),
              children:
                park.mainIndustryCode === null ? (
                  t('common.none')
                ) : (
                  <IndustryName code={park.mainIndustryCode} />
                ),
            },
            {
              key: 'demonstration',
              label: t('parks.tags.demonstration'),
              children: park.isDemonstrationPark ? t('common.yes') : t('common.no'),
            },
          ]}
        />
      </Card>
      <Card title={t('parks.chairedAlliances')}>
        <ChairedAlliances parkIds={[park.id]} />
      </Card>
      <Card title={t('parks.firms')}>
        <ScopedFirmList filters={{ park: park.id }} />
      </Card>
    </Flex>
  )
}
