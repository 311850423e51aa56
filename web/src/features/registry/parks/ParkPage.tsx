import { Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Park } from '../../../shared/api/types'
import { CityName } from '../../../shared/reference/CityName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { FactsCard, RecordTitle } from '../../../shared/ui/RecordPage'
import { ChairedAlliances } from '../alliances/ChairedAlliances'
import { ScopedFirmList } from '../firms/ScopedFirmList'
import { parkLevelLabel } from './parkLevel'
import { usePark } from './parks.queries'
import { ParkTags } from './ParkTags'

export function ParkPage() {
  const { id = '' } = useParams()
  return <QueryPage query={usePark(id)}>{(park) => <ParkProfile park={park} />}</QueryPage>
}

function ParkProfile({ park }: { park: Park }) {
  const { t } = useTranslation('registry')
  return (
    <Flex vertical gap="middle">
      <RecordTitle record={park} tags={<ParkTags park={park} />} />
      <FactsCard
        title={t('parks.profile')}
        columns={4}
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
      <Card title={t('parks.chairedAlliances')}>
        <ChairedAlliances parkIds={[park.id]} />
      </Card>
      <Card title={t('parks.firms')}>
        <ScopedFirmList filters={{ park: park.id }} />
      </Card>
    </Flex>
  )
}
