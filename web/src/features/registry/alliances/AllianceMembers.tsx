import { Flex, Segmented, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import type { AllianceMember } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { cityColumn, column, nameColumn } from '../../../shared/ui/columns'
import {
  allianceMemberPages,
  allianceMembersExportPath,
  memberSortKeys,
  type MemberKind,
} from './alliances.queries'

const memberPath = (member: AllianceMember) =>
  member.memberKind === 'park' ? `/parks/${member.memberId}` : `/firms/${member.memberId}`

export function AllianceMembers({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation('registry')
  const [kind, setKind] = useState<MemberKind | 'all'>('all')
  const list = usePagedList(allianceMemberPages, (url) => ({
    id: allianceId,
    kind: kind === 'all' ? undefined : kind,
    // who joined lately is what people ask about: newest first unless the header says otherwise
    sort: sortFilter(url, memberSortKeys, '-joinedOn'),
  }))

  const columns: TableColumnsType<AllianceMember> = [
    nameColumn(t('alliances.columns.member'), memberPath),
    column(
      'kind',
      t('alliances.columns.kind'),
      (row) => <Tag>{t(`enums.memberKind.${row.memberKind}`)}</Tag>,
      110,
    ),
    cityColumn(t('common.city'), (member) => member.cityCode),
    sortable(
      column('joinedOn', t('alliances.columns.joinedOn'), (member) => member.joinedOn, 130),
      'joinedOn',
      list.filters.sort,
    ),
  ]

  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" wrap gap="small">
        <Segmented<MemberKind | 'all'>
          aria-label={t('alliances.columns.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'park', label: t('enums.memberKind.park') },
            { value: 'firm', label: t('enums.memberKind.firm') },
          ]}
        />
        <ExportButton
          path={allianceMembersExportPath(allianceId)}
          testId="alliance-members-export"
          query={{ kind: list.filters.kind, sort: list.filters.sort }}
        />
      </Flex>
      <PagedTable
        list={list}
        columns={columns}
        rowKey="memberId"
        onChange={sortChange<AllianceMember>(list.url)}
      />
    </Flex>
  )
}
