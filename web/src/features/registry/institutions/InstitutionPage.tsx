import { Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Institution } from '../../../shared/api/types'
import { CityName } from '../../../shared/reference/CityName'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { FactsCard, RecordTitle } from '../../../shared/ui/RecordPage'
import { useInstitution } from './institutions.queries'

export function InstitutionPage() {
  const { id = '' } = useParams()
  return (
    <QueryPage query={useInstitution(id)}>
      {(institution) => <InstitutionProfile institution={institution} />}
    </QueryPage>
  )
}

function InstitutionProfile({ institution }: { institution: Institution }) {
  const { t } = useTranslation('registry')
  const kind = t(`enums.institutionKind.${institution.kind}`)
  return (
    <Flex vertical gap="middle">
      <RecordTitle
        record={institution}
        tags={
          <>
            <Tag color="blue">{kind}</Tag>
            {institution.isAllianceMember && <Tag color="green">{t('institutions.member')}</Tag>}
          </>
        }
      />
      <FactsCard
        title={t('institutions.profile')}
        columns={4}
        items={[
          { key: 'kind', label: t('institutions.columns.kind'), children: kind },
          { key: 'city', label: t('common.city'), children: <CityName code={institution.cityCode} linked /> },
          {
            key: 'member',
            label: t('institutions.columns.allianceMember'),
            children: institution.isAllianceMember ? t('common.yes') : t('common.no'),
          },
          { key: 'joinedOn', label: t('institutions.columns.joinedOn'), children: institution.joinedOn },
        ]}
      />
    </Flex>
  )
}
