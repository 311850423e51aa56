// Financing needs: a firm's own (it states new ones here), or those of its city for the workstation and officers;
// each opens its ranked matches.
import { PlusOutlined } from '@ant-design/icons'
import { Card, Empty, Select, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { tableScroll } from '../../../shared/ui/tables'
import { FirmName } from '../../registry/firms/FirmName'
import { enumOptions } from '../../../shared/reference/options'
import { needStatuses } from '../common/enums'
import type { Need } from '../common/finance.types'
import { formatMonths } from '../common/format'
import { NeedStatusTag, UrgencyTag } from '../common/StatusTags'
import { needPages, type NeedFilters } from './needs.queries'

export function NeedsPage() {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const user = useCurrentUser()
  const statuses = enumOptions(needStatuses, (status) => t(`enums.needStatus.${status}`))
  const isFirm = user.role === 'firm'
  const {
    filters: filters,
    url: url,
    query: page,
    pager,
  } = usePagedList(needPages, (url): NeedFilters => ({ status: url.choice('status', needStatuses) }))
  const needs = page.data?.items ?? []

  const columns: TableColumnsType<Need> = [
    ...(isFirm
      ? []
      : [
          {
            key: 'firm',
            title: t('fields.firm'),
            render: (_: unknown, need: Need) => <FirmName id={need.firmId} />,
          },
        ]),
    {
      key: 'type',
      title: t('fields.productType'),
      width: 150,
      render: (_, need) => <Tag>{t(`enums.productType.${need.productType}`)}</Tag>,
    },
    {
      key: 'amount',
      title: t('fields.amount'),
      align: 'right',
      width: 150,
      render: (_, need) => <Money fen={need.amountFen} />,
    },
    {
      key: 'term',
      title: t('fields.term'),
      width: 90,
      render: (_, need) => formatMonths(need.termMonths, t),
    },
    { key: 'purpose', title: t('fields.purpose'), ellipsis: true, render: (_, need) => need.purpose },
    {
      key: 'urgency',
      title: t('fields.urgency'),
      width: 100,
      render: (_, need) => <UrgencyTag urgency={need.urgency} />,
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 100,
      render: (_, need) => <NeedStatusTag status={need.status} />,
    },
    {
      key: 'createdAt',
      title: t('fields.createdAt'),
      width: 160,
      render: (_, need) => formatTimestamp(need.createdAt, language),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 120,
      render: (_, need) => (
        <LinkButton size="small" type="primary" ghost to={`/finance/needs/${need.id}`}>
          {t('needs.openMatches')}
        </LinkButton>
      ),
    },
  ]

  return (
    <>
      <PageTitle
        title={t('nav.needs')}
        subtitle={isFirm ? t('needs.subtitleFirm') : t('needs.subtitleCity')}
        extra={
          isFirm && (
            <LinkButton type="primary" icon={<PlusOutlined />} to="/finance/needs/new">
              {t('needs.new')}
            </LinkButton>
          )
        }
      />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="need-status" label={t('fields.status')} width={150}>
            <Select
              id="need-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={filters.status}
              onChange={(status?: string) => url.setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={needs.some((need) => need.isSynthetic)} />
        <Table<Need>
          rowKey="id"
          columns={columns}
          dataSource={needs}
          loading={page.isFetching}
          pagination={false}
          size="middle"
          scroll={tableScroll}
          locale={{ emptyText: <Empty description={t('needs.empty')} /> }}
          data-testid="need-table"
        />
        <CursorPager pager={pager} />
      </Card>
    </>
  )
}
