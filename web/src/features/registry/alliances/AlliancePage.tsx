import { Card, Descriptions, Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Alliance } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { PlainList } from '../../../shared/ui/PlainList'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import { ParkName } from '../parks/ParkName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { AllianceMembers } from './AllianceMembers'
import { flattenAlliances, useAlliance, useAllianceTree } from './alliances.queries'
import { AllianceTitle } from './AllianceTitle'

export function AlliancePage() {
  const { id = '' } = useParams()
  const alliance = useAlliance(id)
  if (alliance.isPending) return <PageLoading />
  if (alliance.isError) return <PageError error={alliance.error} onRetry={() => void alliance.refetch()} />
  return <AllianceProfile alliance={alliance.data} />
}

function AllianceProfile({ alliance }: { alliance: Alliance }) {
  const { t } = useTranslation('registry')
  const { nameOf, otherNameOf } = useLanguage()
  const tree = useAllianceTree()
  const everyAlliance = tree.data === undefined ? [] : flattenAlliances(tree.data)
  const parent = everyAlliance.find((candidate) => candidate.id === alliance.parentId)
  const children = everyAlliance.filter((candidate) => candidate.parentId === alliance.id)
  const none = t('common.none')

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={nameOf(alliance)}
        subtitle={otherNameOf(alliance)}
        tags={
          <>
            <Tag color="blue">{t(`enums.allianceTier.${alliance.tier}`)}</Tag>
            <SyntheticTag isSynthetic={alliance.isSynthetic} />
          </>
        }
      />
      <Card title={t('alliances.profile')}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 4, xxl: 4 }}
          items={[
            {
              key: 'parent',
              label: t('alliances.parent'),
              children:
                parent === undefined ? none : <Link to={`/alliances/${parent.id}`}>{nameOf(parent)}</Link>,
            },
            {
              key: 'industry',
              label: t('alliances.industry'),
              children: alliance.industryCode === null ? none : <IndustryName code={alliance.industryCode} />,
            },
            {
              key: 'chair',
              label: t('alliances.chairPark'),
              children: alliance.chairParkId === null ? none : <ParkName id={alliance.chairParkId} linked />,
            },
            { key: 'members', label: t('alliances.members'), children: alliance.memberCount },
          ]}
        />
      </Card>
      {children.length > 0 && (
        <Card title={t('alliances.children')}>
          <PlainList
            items={children}
            itemKey={(child) => child.id}
            renderItem={(child) => <AllianceTitle alliance={child} />}
          />
        </Card>
      )}
      <Card title={t('alliances.members')}>
        <AllianceMembers allianceId={alliance.id} />
      </Card>
    </Flex>
  )
}
