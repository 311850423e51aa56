// One investment of the fund: the firm, its city, industry, stage and round, the amount and day, the capital called
// from each backer, the round it follows and its follow-ons, and its exit; the office records a follow-on or the
// exit from here.
import { Button, Descriptions, Drawer, Flex, Grid, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { Day } from '../../../shared/ui/Formatted'
import { Money } from '../../../shared/ui/Money'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { useInvestment } from '../common/insights.queries'
import type { FundFigures, InvestmentDetail } from '../common/insights.types'
import { ExitDialog, FollowOnDialog } from './RoundDialogs'

function Detail({ detail, figures }: { detail: InvestmentDetail; figures: FundFigures | undefined }) {
  const { t } = useTranslation('insights')
  const { nameOf } = useLanguage()
  const user = useCurrentUser()
  const [dialog, setDialog] = useState<'follow-on' | 'exit' | null>(null)
  const { investment } = detail
  const office = user.role === 'corridor_admin'
  return (
    <Flex vertical gap="middle">
      {office && (
        <Flex gap="small" wrap>
          <Button onClick={() => setDialog('follow-on')} data-testid="record-follow-on">
            {t('fund.followOn')}
          </Button>
          {investment.exit === null && (
            <Button danger onClick={() => setDialog('exit')} data-testid="record-exit">
              {t('fund.exit')}
            </Button>
          )}
        </Flex>
      )}
      <Descriptions size="small" bordered column={1} data-testid="investment-facts">
        <Descriptions.Item label={t('fund.firm')}>{nameOf(investment.firm)}</Descriptions.Item>
        <Descriptions.Item label={t('fund.city')}>{nameOf(investment.city)}</Descriptions.Item>
        <Descriptions.Item label={t('fund.industry')}>{nameOf(investment.industry)}</Descriptions.Item>
        <Descriptions.Item label={t('fund.stage')}>{nameOf(investment.stage)}</Descriptions.Item>
        <Descriptions.Item label={t('fund.round')}>{t(`fund.rounds.${investment.round}`)}</Descriptions.Item>
        <Descriptions.Item label={t('fund.amount')}>
          <Money fen={investment.amountFen} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.investedOn')}>
          <Day day={investment.investedOn} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.follows')}>{detail.follows?.number ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fund.followOns')}>
          {detail.followOns.length === 0
            ? '—'
            : detail.followOns.map((round) => <Tag key={round.id}>{round.number}</Tag>)}
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.exit')}>
          {investment.exit === null ? (
            t('fund.notExited')
          ) : (
            <>
              {t(`fund.exitKinds.${investment.exit.kind}`)} · <Day day={investment.exit.exitedOn} /> ·{' '}
              <Money fen={investment.exit.proceedsFen} />
            </>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey={(row) => row.backer.code}
        pagination={false}
        dataSource={detail.calls}
        columns={[
          { key: 'backer', title: t('fund.backer'), render: (_, row) => nameOf(row.backer) },
          {
            key: 'amount',
            title: t('fund.call'),
            align: 'right',
            render: (_, row) => <Money fen={row.amountFen} />,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('fund.callsTotal')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Money fen={detail.callsTotalFen} />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        data-testid="investment-calls"
      />
      {dialog === 'follow-on' && (
        <FollowOnDialog investment={investment} figures={figures} onClose={() => setDialog(null)} />
      )}
      {dialog === 'exit' && <ExitDialog investment={investment} onClose={() => setDialog(null)} />}
    </Flex>
  )
}

export function InvestmentDrawer({
  id,
  figures,
  onClose,
}: {
  id: string
  figures: FundFigures | undefined
  onClose: () => void
}) {
  const { t } = useTranslation('insights')
  const screens = Grid.useBreakpoint()
  const investment = useInvestment(id)
  return (
    <Drawer
      open
      title={investment.data === undefined ? t('fund.investment') : investment.data.investment.number}
      onClose={onClose}
      size={screens.md === true ? 640 : '100%'}
      destroyOnHidden
      data-testid="investment-drawer"
    >
      <QueryPage query={investment}>{(detail) => <Detail detail={detail} figures={figures} />}</QueryPage>
    </Drawer>
  )
}
