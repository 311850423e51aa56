// An award list (兑现名单) of an auto item: the firms on it with their amounts and statuses (a page at a time), a firm
// taken off it with a reason, and the whole list approved and paid at once from the item's budget, after a
// confirmation that says how many firms and how much. Refusals (the budget is short, the list was approved already,
// nobody is left on it) are shown in the user's language.
import { CheckCircleOutlined, MinusCircleOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Descriptions, Flex } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { ActionDialog } from '../../../shared/ui/ActionDialog'
import { column, moneyColumn, type Column } from '../../../shared/ui/columns'
import { FigureRow } from '../../../shared/ui/FigureRow'
import { Timestamp } from '../../../shared/ui/Formatted'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { ReasonDialog } from '../../../shared/ui/ReasonDialog'
import { mayActForIssuer } from '../common/access'
import { AwardFirm, useTitles } from '../common/names'
import {
  awardExportPath,
  awardPages,
  awardSortKeys,
  itemPath,
  useApproveList,
  useAwardList,
  useRemoveAward,
} from '../common/policies.queries'
import type { Award, AwardList } from '../common/policies.types'
import { AwardListStatusTag, AwardStatusTag, IssuerName } from '../common/Tags'
import '../policies.css'

export function AwardListPage() {
  const id = useParams().id ?? ''
  return <QueryPage query={useAwardList(id)}>{(list) => <AwardListView list={list} />}</QueryPage>
}

function AwardListView({ list }: { list: AwardList }) {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  const { titleOf, otherTitleOf } = useTitles()
  const user = useCurrentUser()
  const [approving, setApproving] = useState(false)
  const mayDecide = mayActForIssuer(user, list.issuerCode) && list.status === 'open'
  const title = { titleZh: list.itemTitleZh, titleEn: list.itemTitleEn }
  const short = list.budgetBalanceFen !== null && list.listedFen > list.budgetBalanceFen
  const money = (fen: number) => formatFen(fen, language)
  const count = (value: number) => formatCount(value, language)
  return (
    <Flex vertical gap="middle" className="g60-policy-page">
      <PageTitle
        title={titleOf(title)}
        subtitle={otherTitleOf(title)}
        tags={<AwardListStatusTag status={list.status} />}
        extra={
          mayDecide && (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={() => setApproving(true)}
              disabled={list.listedCount === 0}
              data-testid="approve-list"
            >
              {t('awardList.approve')}
            </Button>
          )
        }
      />
      {list.status === 'open' && short && (
        <Alert
          type="warning"
          showIcon
          title={t('awardList.budgetShort', {
            amount: money(list.listedFen),
            balance: money(list.budgetBalanceFen ?? 0),
          })}
        />
      )}
      <FigureRow
        testId="award-list-figures"
        span={{ xs: 24, md: 12, xl: 6 }}
        figures={
          list.status === 'open'
            ? [
                { key: 'listed', label: t('awardList.listedCount'), value: count(list.listedCount) },
                { key: 'listedFen', label: t('awardList.listedFen'), value: money(list.listedFen) },
                { key: 'removed', label: t('awardList.removedCount'), value: count(list.removedCount) },
                {
                  key: 'balance',
                  label: t('awardLists.budgetBalance'),
                  value: list.budgetBalanceFen === null ? t('facts.none') : money(list.budgetBalanceFen),
                },
              ]
            : [
                { key: 'paid', label: t('awardList.paidCount'), value: count(list.paidCount) },
                { key: 'paidFen', label: t('awardList.paidFen'), value: money(list.paidFen) },
                { key: 'removed', label: t('awardList.removedCount'), value: count(list.removedCount) },
                {
                  key: 'balance',
                  label: t('awardLists.budgetBalance'),
                  value: list.budgetBalanceFen === null ? t('facts.none') : money(list.budgetBalanceFen),
                },
              ]
        }
      />
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
          items={[
            {
              key: 'item',
              label: t('awardLists.item'),
              children: (
                <Link to={itemPath(list.itemId)} className="g60-document-number">
                  {list.itemCode}
                </Link>
              ),
            },
            { key: 'issuer', label: t('item.issuer'), children: <IssuerName code={list.issuerCode} /> },
            {
              key: 'createdAt',
              label: t('awardLists.createdAt'),
              children: <Timestamp at={list.createdAt} />,
            },
            ...(list.approvedAt === null
              ? []
              : [
                  {
                    key: 'approvedAt',
                    label: t('awardLists.approvedAt'),
                    children: <Timestamp at={list.approvedAt} />,
                  },
                ]),
          ]}
        />
      </Card>
      <Card title={t('awardList.awardsTitle')}>
        <AwardsTable list={list} mayDecide={mayDecide} />
      </Card>
      {approving && <ApproveDialog list={list} onClose={() => setApproving(false)} />}
    </Flex>
  )
}

function AwardsTable({ list, mayDecide }: { list: AwardList; mayDecide: boolean }) {
  const { t } = useTranslation('policies')
  const awards = usePagedList(awardPages, (url) => ({
    listId: list.id,
    // a roster, not a history: the firms in the order they were listed, unless a header says otherwise
    sort: sortFilter(url, awardSortKeys, 'createdAt'),
  }))
  const sort = awards.filters.sort
  const [removing, setRemoving] = useState<Award | null>(null)
  const columns: Column<Award>[] = [
    column('firm', t('awards.firm'), (award) => <AwardFirm award={award} />, 340),
    sortable(
      moneyColumn('amount', t('awards.amount'), (award) => award.amountFen, 150),
      'amountFen',
      sort,
    ),
    sortable(
      column('status', t('awards.status'), (award) => <AwardStatusTag status={award.status} />, 110),
      'status',
      sort,
    ),
    column('note', t('awards.note'), (award) =>
      award.paidAt !== null ? (
        <>
          {t('awards.paidAt')} <Timestamp at={award.paidAt} />
        </>
      ) : (
        (award.statusReason ?? <span className="g60-muted">{t('facts.none')}</span>)
      ),
    ),
    ...(mayDecide
      ? [
          column<Award>(
            'actions',
            t('awardLists.actions'),
            (award) =>
              award.status === 'listed' && (
                <Button
                  size="small"
                  danger
                  icon={<MinusCircleOutlined />}
                  onClick={() => setRemoving(award)}
                  data-testid="remove-award"
                >
                  {t('awards.remove')}
                </Button>
              ),
            110,
          ),
        ]
      : []),
  ]
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <ExportButton path={awardExportPath} query={{ ...awards.filters }} />
      </Flex>
      <PagedTable<Award>
        list={awards}
        notice={false}
        columns={columns}
        onChange={sortChange(awards.url)}
        emptyText={t('awardList.empty')}
        data-testid="list-awards"
      />
      {removing !== null && <RemoveDialog award={removing} onClose={() => setRemoving(null)} />}
    </>
  )
}

function RemoveDialog({ award, onClose }: { award: Award; onClose: () => void }) {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  const { notification } = App.useApp()
  const remove = useRemoveAward()
  return (
    <ReasonDialog
      title={t('awards.removeTitle')}
      label={t('awards.removeReason')}
      hint={t('awards.removeHint')}
      okText={t('awards.remove')}
      required
      mutation={remove}
      onClose={onClose}
      onSubmit={(reason) =>
        remove.mutate(
          { id: award.id, reason: reason ?? '' },
          {
            onSuccess: () => {
              notification.success({ title: t('awards.removed') })
              onClose()
            },
          },
        )
      }
    >
      <p>
        <AwardFirm award={award} linked={false} /> · {formatFen(award.amountFen, language)}
      </p>
    </ReasonDialog>
  )
}

function ApproveDialog({ list, onClose }: { list: AwardList; onClose: () => void }) {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  const { titleOf } = useTitles()
  const { notification } = App.useApp()
  const approve = useApproveList()
  const balance = list.budgetBalanceFen
  return (
    <ActionDialog
      title={t('awardList.approveTitle')}
      okText={t('awardList.approveOk')}
      onOk={() =>
        approve.mutate(list.id, {
          onSuccess: (approved) => {
            notification.success({
              title: t('awardList.approved', {
                count: approved.paidCount,
                amount: formatFen(approved.paidFen, language),
              }),
            })
            onClose()
          },
        })
      }
      onClose={onClose}
      mutation={approve}
      explained={t('awardList.approveExplained')}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        data-testid="approve-summary"
        items={[
          {
            key: 'item',
            label: t('awardLists.item'),
            children: titleOf({ titleZh: list.itemTitleZh, titleEn: list.itemTitleEn }),
          },
          {
            key: 'count',
            label: t('awardList.listedCount'),
            children: formatCount(list.listedCount, language),
          },
          { key: 'total', label: t('awardList.listedFen'), children: formatFen(list.listedFen, language) },
          ...(balance === null
            ? []
            : [
                {
                  key: 'balance',
                  label: t('awardLists.budgetBalance'),
                  children: formatFen(balance, language),
                },
                {
                  key: 'after',
                  label: t('awardList.balanceAfter'),
                  children: formatFen(balance - list.listedFen, language),
                },
              ]),
        ]}
      />
    </ActionDialog>
  )
}
