// Award lists (兑现名单) of auto items (免申即享), for the issuing city's officers and the corridor office: those
// waiting for review and those approved and paid, each with its item, firms, amount and the budget left; and the
// fast-apply awards (快申快享) confirmed by their firms and waiting to be paid by their promised day.
import { Card, Flex, Tabs, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDay, formatFen } from '../../../shared/format/format'
import { shanghaiToday } from '../../../shared/format/days'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { column, moneyColumn, openColumn, timestampColumn, type Column } from '../../../shared/ui/columns'
import { ConfirmButton } from '../../../shared/ui/ConfirmButton'
import { Count, Timestamp } from '../../../shared/ui/Formatted'
import { Money } from '../../../shared/ui/Money'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SearchInput } from '../../../shared/ui/SearchInput'
import { mayActForIssuer } from '../common/access'
import { AwardFirm, useTitles } from '../common/names'
import {
  awardExportPath,
  awardListPages,
  awardListPath,
  awardListSortDefault,
  awardListSortKeys,
  awardPages,
  awardSortKeys,
  itemPath,
  usePayAward,
} from '../common/policies.queries'
import type { Award, AwardList, AwardListStatus } from '../common/policies.types'
import { AwardStatusTag, IssuerName } from '../common/Tags'
import '../policies.css'

const tabs = ['open', 'approved', 'fastApply'] as const
type Tab = (typeof tabs)[number]

export function AwardListsPage() {
  const { t } = useTranslation('policies')
  const url = useUrlFilters()
  const tab: Tab = url.choice('tab', tabs) ?? 'open'
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.awardLists')} subtitle={t('awardLists.subtitle')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => url.setFilter('tab', key === 'open' ? undefined : key)}
          destroyOnHidden
          items={[
            { key: 'open', label: t('awardLists.open'), children: <ListsTable status="open" /> },
            { key: 'approved', label: t('awardLists.approved'), children: <ListsTable status="approved" /> },
            { key: 'fastApply', label: t('awardLists.fastApply'), children: <FastApplyTable /> },
          ]}
        />
      </Card>
    </Flex>
  )
}

function ListsTable({ status }: { status: AwardListStatus }) {
  const { t } = useTranslation('policies')
  const { titleOf } = useTitles()
  const list = usePagedList(awardListPages, (url) => ({
    status,
    q: url.text('q'),
    sort: sortFilter(url, awardListSortKeys, awardListSortDefault),
  }))
  const created = timestampColumn(
    'createdAt',
    t('awardLists.createdAt'),
    (row: AwardList) => row.createdAt,
    170,
  )
  const columns: Column<AwardList>[] = [
    column(
      'item',
      t('awardLists.item'),
      (row) => {
        const title = { titleZh: row.itemTitleZh, titleEn: row.itemTitleEn }
        return (
          <>
            <Link to={awardListPath(row.id)}>{titleOf(title)}</Link>
            <span className="g60-secondary-name">
              <IssuerName code={row.issuerCode} /> ·{' '}
              <span className="g60-document-number">{row.itemCode}</span>
            </span>
          </>
        )
      },
      280,
    ),
    column(
      'firms',
      t('awardLists.firms'),
      (row) => <Count value={status === 'open' ? row.listedCount : row.paidCount} />,
      { width: 90, align: 'right' },
    ),
    moneyColumn(
      'amount',
      t('awardLists.amount'),
      (row) => (status === 'open' ? row.listedFen : row.paidFen),
      150,
    ),
    column('removed', t('awardLists.removed'), (row) => <Count value={row.removedCount} />, {
      width: 90,
      align: 'right',
    }),
    column(
      'balance',
      t('awardLists.budgetBalance'),
      (row) =>
        row.budgetBalanceFen === null ? (
          <span className="g60-muted">{t('facts.none')}</span>
        ) : (
          <span
            className={
              status === 'open' && row.listedFen > row.budgetBalanceFen ? 'g60-over-budget' : undefined
            }
          >
            <Money fen={row.budgetBalanceFen} />
          </span>
        ),
      { width: 150, align: 'right' },
    ),
    sortable(created, 'createdAt', list.filters.sort),
    ...(status === 'open'
      ? []
      : [
          column(
            'approvedAt',
            t('awardLists.approvedAt'),
            (row: AwardList) =>
              row.approvedAt === null ? t('facts.none') : <Timestamp at={row.approvedAt} />,
            170,
          ),
        ]),
    openColumn(
      t('awardLists.actions'),
      status === 'open' ? t('awardLists.review') : t('awardLists.view'),
      (row) => awardListPath(row.id),
      100,
    ),
  ]
  return (
    <Flex vertical gap="small">
      <div style={{ maxWidth: 320 }}>
        <SearchInput
          id={`award-lists-${status}-search`}
          label={t('awardLists.search')}
          placeholder={t('awardLists.searchPlaceholder')}
          value={list.filters.q ?? ''}
          onSearch={(query) => list.url.setFilter('q', query)}
        />
      </div>
      <PagedTable<AwardList>
        list={list}
        notice={false}
        columns={columns}
        onChange={sortChange(list.url)}
        emptyText={status === 'open' ? t('awardLists.emptyOpen') : t('awardLists.emptyApproved')}
        data-testid={`award-lists-${status}`}
      />
    </Flex>
  )
}

/** Fast-apply awards the firms confirmed: the city pays each by its promised day (late ones are marked). */
function FastApplyTable() {
  const { t } = useTranslation('policies')
  const { titleOf } = useTitles()
  const { language } = useLanguage()
  const user = useCurrentUser()
  const pay = usePayAward()
  const today = shanghaiToday()
  const list = usePagedList(awardPages, (url) => ({
    status: 'confirmed' as const,
    // a queue: the awards confirmed longest ago first, unless a header says otherwise
    sort: sortFilter(url, awardSortKeys, 'createdAt'),
  }))
  const sort = list.filters.sort
  const columns: Column<Award>[] = [
    column(
      'item',
      t('awardLists.item'),
      (award) => (
        <>
          <Link to={itemPath(award.itemId)}>
            {titleOf({ titleZh: award.itemTitleZh, titleEn: award.itemTitleEn })}
          </Link>
          <span className="g60-secondary-name">
            <IssuerName code={award.issuerCode} />
          </span>
        </>
      ),
      240,
    ),
    column('firm', t('awards.firm'), (award) => <AwardFirm award={award} />, 220),
    sortable(
      moneyColumn('amount', t('awards.amount'), (award) => award.amountFen, 140),
      'amountFen',
      sort,
    ),
    column(
      'due',
      t('awards.dueOn'),
      (award) =>
        award.dueOn === null ? (
          t('facts.none')
        ) : (
          <Typography.Text type={award.dueOn < today ? 'danger' : undefined}>
            {formatDay(award.dueOn, language)}
            {award.escalatedAt !== null && (
              <span className="g60-secondary-name">{t('awards.escalated')}</span>
            )}
          </Typography.Text>
        ),
      150,
    ),
    column('status', t('awards.status'), (award) => <AwardStatusTag status={award.status} />, 100),
    column(
      'actions',
      t('awardLists.actions'),
      (award) =>
        mayActForIssuer(user, award.issuerCode) && (
          <ConfirmButton
            size="small"
            type="primary"
            question={t('awards.payQuestion')}
            description={t('awards.payDescription', { amount: formatFen(award.amountFen, language) })}
            send={() => pay.mutateAsync(award.id)}
            pending={pay.isPending && pay.variables === award.id}
            done={t('awards.paid')}
          >
            {t('awards.pay')}
          </ConfirmButton>
        ),
      110,
    ),
  ]
  return (
    <>
      <Flex justify="space-between" align="flex-start" gap="small" wrap>
        <Typography.Paragraph type="secondary">{t('awardLists.fastApplyHint')}</Typography.Paragraph>
        <ExportButton path={awardExportPath} query={{ ...list.filters }} />
      </Flex>
      <PagedTable<Award>
        list={list}
        notice={false}
        columns={columns}
        onChange={sortChange(list.url)}
        emptyText={t('awardLists.emptyFastApply')}
        data-testid="fast-apply-awards"
      />
    </>
  )
}
