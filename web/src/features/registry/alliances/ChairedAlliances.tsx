import { Empty, Skeleton, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { QueryError } from '../../../shared/ui/PageError'
import { PlainList } from '../../../shared/ui/PlainList'
import { flattenAlliances, useAllianceTree } from './alliances.queries'

/** The alliances whose chair is one of the given parks (a park's, or a city's parks'). */
export function ChairedAlliances({ parkIds }: { parkIds: readonly string[] }) {
  const { t } = useTranslation('registry')
  const { nameOf } = useLanguage()
  const tree = useAllianceTree()
  if (tree.isPending) return <Skeleton active paragraph={{ rows: 2 }} />
  if (tree.isError) return <QueryError query={tree} />
  const chaired = flattenAlliances(tree.data).filter(
    (alliance) => alliance.chairParkId !== null && parkIds.includes(alliance.chairParkId),
  )
  if (chaired.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('alliances.noneChaired')} />
  return (
    <PlainList
      items={chaired}
      itemKey={(alliance) => alliance.id}
      renderItem={(alliance) => <Link to={`/alliances/${alliance.id}`}>{nameOf(alliance)}</Link>}
      renderExtra={(alliance) => <Tag>{t(`enums.allianceTier.${alliance.tier}`)}</Tag>}
    />
  )
}
