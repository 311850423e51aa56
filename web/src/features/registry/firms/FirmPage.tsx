import { Card, Descriptions, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Firm } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import { ParkName } from '../parks/ParkName'
import { CityName } from '../../../shared/reference/CityName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { FirmFiguresCard } from './FirmFiguresCard'
import { useFirm } from './firms.queries'
import { FirmTags } from './FirmTags'

export function FirmPage() {
  const { id = '' } = useParams()
  const firm = useFirm(id)
  if (firm.isPending) return <PageLoading />
  if (firm.isError) return <PageError error={firm.error} onRetry={() => void firm.refetch()} />
  return <FirmProfile firm={firm.data} />
}

function FirmProfile({ firm }: { firm: Firm }) {
  const { t } = useTranslation('registry')
  const { nameOf, otherNameOf } = useLanguage()
  const none = t('common.none')
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={nameOf(firm)}
        subtitle={otherNameOf(firm)}
        tags={
          <>
            <FirmTags firm={firm} />
            <SyntheticTag isSynthetic={firm.isSynthetic} />
          </>
        }
        extra={
          <LinkButton to={`/firms?city=${encodeURIComponent(firm.cityCode)}`}>
            {t('firms.sameCity')}
          </LinkButton>
        }
      />
      <Card title={t('firms.profile')}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
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
      </Card>
      <FirmFiguresCard firmId={firm.id} />
    </Flex>
  )
}
