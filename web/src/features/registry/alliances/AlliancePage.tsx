import { Card, Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Alliance } from '../../../shared/api/types'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { PlainList } from '../../../shared/ui/PlainList'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { FactsCard, RecordTitle } from '../../../shared/ui/RecordPage'
import { RecordName } from '../../../shared/ui/RecordName'
import { ParkName } from '../parks/ParkName'
import { AllianceMembers } from './AllianceMembers'
import { flattenAlliances, useAlliance, useAllianceTree } from './alliances.queries'
import { AllianceTitle } from './AllianceTitle'

export function AlliancePage() {
  const { id = '' } = useParams()
  return (
    <QueryPage query={useAlliance(id)}>{(alliance) => <AllianceProfile alliance={alliance} />}</QueryPage>
  )
}

function AllianceProfile({ alliance }: { alliance: Alliance }) {
  const { t } = useTranslation('registry')
  const tree = useAllianceTree()
  const everyAlliance = tree.data === undefined ? [] : flattenAlliances(tree.data)
  const parent = everyAlliance.find((candidate) => candidate.id === alliance.parentId)
  const children = everyAlliance.filter((candidate) => candidate.parentId === alliance.id)
  const none = t('common.none')

  return (
    <Flex vertical gap="middle">
      <RecordTitle
        record={alliance}
        tags={<Tag color="blue">{t(`enums.allianceTier.${alliance.tier}`)}</Tag>}
      />
      <FactsCard
        title={t('alliances.profile')}
        columns={4}
        items={[
          {
            key: 'parent',
            label: t('alliances.parent'),
            children:
              parent === undefined ? (
                none
              ) : (
                <RecordName record={parent} fallback="" to={`/alliances/${parent.id}`} />
              ),
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
