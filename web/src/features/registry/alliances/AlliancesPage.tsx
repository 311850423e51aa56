// The 1+7+N alliance tree: one overall alliance, seven key-industry alliances, N sub-alliances.
import { Card, Tree, type TreeDataNode } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Alliance, AllianceTree } from '../../../shared/api/types'
import { PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { flattenAlliances, useAllianceTree } from './alliances.queries'
import { AllianceTitle } from './AllianceTitle'

function toNode(alliance: Alliance, children: TreeDataNode[]): TreeDataNode {
  return { key: alliance.id, title: <AllianceTitle alliance={alliance} />, children }
}

function treeNodes(tree: AllianceTree): TreeDataNode[] {
  return tree.roots.map((root) =>
    toNode(
      root,
      root.children.map((child) =>
        toNode(
          child,
          child.children.map((grandchild) => toNode(grandchild, [])),
        ),
      ),
    ),
  )
}

export function AlliancesPage() {
  const { t } = useTranslation('registry')
  const tree = useAllianceTree()
  if (tree.isPending) return <PageLoading />
  if (tree.isError) return <PageError error={tree.error} onRetry={() => void tree.refetch()} />
  const alliances = flattenAlliances(tree.data)
  return (
    <>
      <PageTitle
        title={t('alliances.title')}
        subtitle={t('alliances.subtitle', { alliances: tree.data.allianceCount })}
      />
      <SyntheticNotice shown={alliances.some((alliance) => alliance.isSynthetic)} />
      <Card>
        <Tree
          aria-label={t('alliances.treeLabel')}
          treeData={treeNodes(tree.data)}
          defaultExpandAll
          selectable={false}
          showLine
          blockNode
        />
      </Card>
    </>
  )
}
