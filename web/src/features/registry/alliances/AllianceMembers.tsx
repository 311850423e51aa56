import { Flex, Segmented, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AllianceMember } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { cityColumn, column, nameColumn } from '../../../shared/ui/columns'
import { allianceMemberPages, type MemberKind } from './alliances.queries'

const memberPath = (member: AllianceMember) =>
  member.memberKind === 'park' ? `/parks/${member.memberId}` : `/firms/${member.memberId}`

export function AllianceMembers({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation('registry')
  const [kind, setKind] = useState<MemberKind | 'all'>('all')
  const list = usePagedList(allianceMemberPages, () => ({
    id: allianceId,
    kind: kind === 'all' ? undefined : kind,
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
    { key: 'joinedOn', title: t('alliances.columns.joinedOn'), width: 130, dataIndex: 'joinedOn' },
  ]

  return (
    <Flex vertical gap="small">
      <Segmented<MemberKind | 'all'>
        aria-label={t('alliances.columns.kind')}
        value={kind}
        onChange={setKind}
        options={[
          { value: 'all', label: t('common.all') },
          { value: 'park', label: t('enums.memberKind.park') },
          { value: 'firm', label: t('enums.memberKind.firm') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <PagedTable list={list} columns={columns} rowKey="memberId" />
    </Flex>
  )
}
