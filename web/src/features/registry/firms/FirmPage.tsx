import { Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Firm } from '../../../shared/api/types'
import { CityName } from '../../../shared/reference/CityName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { FactsCard, RecordTitle } from '../../../shared/ui/RecordPage'
import { ParkName } from '../parks/ParkName'
import { FirmFiguresCard } from './FirmFiguresCard'
import { useFirm } from './firms.queries'
import { FirmTags } from './FirmTags'

export function FirmPage() {
  const { id = '' } = useParams()
  return <QueryPage query={useFirm(id)}>{(firm) => <FirmProfile firm={firm} />}</QueryPage>
}

function FirmProfile({ firm }: { firm: Firm }) {
  const { t } = useTranslation('registry')
  const none = t('common.none')
  return (
    <Flex vertical gap="middle">
      <RecordTitle
        record={firm}
        tags={<FirmTags firm={firm} />}
        extra={
          <LinkButton to={`/firms?city=${encodeURIComponent(firm.cityCode)}`}>
            {t('firms.sameCity')}
          </LinkButton>
        }
      />
      <FactsCard
        title={t('firms.profile')}
        columns={3}
        items={[
          { key: 'creditCode', label: t('firms.columns.creditCode'), children: firm.creditCode },
          { key: 'city', label: t('common.city'), children: <CityName code={firm.cityCode} linked /> },
          {
            key: 'park',
            label: t('firms.columns.park'),
            children: firm.parkId === null ? none : <ParkName id={firm.parkId} linked />,
          },
          {
            key: 'industry',
            label: t('firms.columns.industry'),
            children: <IndustryName code={firm.industryCode} />,
          },
          { key: 'stage', label: t('firms.columns.stage'), children: t(`enums.stage.${firm.stage}`) },
          { key: 'size', label: t('firms.columns.size'), children: t(`enums.size.${firm.size}`) },
          { key: 'foundedOn', label: t('firms.columns.foundedOn'), children: firm.foundedOn },
          {
            key: 'highTechCertifiedOn',
            label: t('firms.columns.highTechCertifiedOn'),
            children: firm.highTechCertifiedOn ?? none,
          },
        ]}
      />
      <FirmFiguresCard firmId={firm.id} />
    </Flex>
  )
}
