import { Card, Descriptions, Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Institution } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import { CityName } from '../../../shared/reference/CityName'
import { useInstitution } from './institutions.queries'

export function InstitutionPage() {
  const { id = '' } = useParams()
  const institution = useInstitution(id)
  if (institution.isPending) return <PageLoading />
  if (institution.isError)
    return <PageError error={institution.error} onRetry={() => void institution.refetch()} />
  return <InstitutionProfile institution={institution.data} />
}

function InstitutionProfile({ institution }: { institution: Institution }) {
  const { t } = useTranslation('registry')
  const { nameOf, otherNameOf } = useLanguage()
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={nameOf(institution)}
        subtitle={otherNameOf(institution)}
        tags={
          <>
            <Tag color="blue">{t(`enums.institutionKind.${institution.kind}`)}</Tag>
            {institution.isAllianceMember && <Tag color="green">{t('institutions.member')}</Tag>}
            <SyntheticTag isSynthetic={institution.isSynthetic} />
          </>
        }
      />
      <Card title={t('institutions.profile')}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 4, xxl: 4 }}
          items={[
            {
              key: 'kind',
              label: t('institutions.columns.kind'),
              children: t(`enums.institutionKind.${institution.kind}`),
            },
            {
              key: 'city',
              label: t('common.city'),
              children: <CityName code={institution.cityCode} linked />,
            },
            {
              key: 'member',
              label: t('institutions.columns.allianceMember'),
              children: institution.isAllianceMember ? t('common.yes') : t('common.no'),
            },
            { key: 'joinedOn', label: t('institutions.columns.joinedOn'), children: institution.joinedOn },
          ]}
        />
      </Card>
    </Flex>
  )
}
