import { Empty, Flex, Segmented, Table, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AllianceMember } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { InlineError } from '../../../shared/ui/PageError'
import { CityName } from '../../../shared/reference/CityName'
import { allianceMemberPages, type MemberKind } from './alliances.queries'
import { tableScroll } from '../../../shared/ui/tables'

const memberPath = (member: AllianceMember) =>
  member.memberKind === 'park' ? `/parks/${member.memberId}` : `/firms/${member.memberId}`

export function AllianceMembers({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation('registry')
  const { nameOf, otherNameOf } = useLanguage()
  const [kind, setKind] = useState<MemberKind | 'all'>('all')
  const { query: page, pager } = usePagedList(allianceMemberPages, () => ({
    id: allianceId,
    kind: kind === 'all' ? undefined : kind,
  }))
  const members = page.data?.items ?? []

  const columns: TableColumnsType<AllianceMember> = [
    {
      key: 'name',
      title: t('alliances.columns.member'),
      render: (_, member) => (
        <>
          <Link to={memberPath(member)}>{nameOf(member)}</Link>
          <span className="g60-secondary-name">{otherNameOf(member)}</span>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('alliances.columns.kind'),
      width: 110,
      render: (_, member) => <Tag>{t(`enums.memberKind.${member.memberKind}`)}</Tag>,
    },
    {
      key: 'city',
      title: t('common.city'),
      width: 130,
      render: (_, member) => <CityName code={member.cityCode} />,
    },
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
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <Table<AllianceMember>
        rowKey="memberId"
        columns={columns}
        dataSource={members}
        loading={page.isFetching}
        pagination={false}
        size="middle"
        scroll={tableScroll}
        locale={{ emptyText: <Empty description={t('common.noResults')} /> }}
      />
      <CursorPager pager={pager} />
    </Flex>
  )
}
