// A firm's policy matches (我的政策匹配): the items it qualifies for, with the money, the payout mode and where its
// award stands (待审核拨付, 待确认 with a button to confirm, 待拨付 by a day, 已到账 on a day); the items it is one
// condition short of, with that condition in words and the money at stake; each with the reasons why; and what it
// has been paid in all.
import { CalculatorOutlined, QuestionCircleOutlined } from '@ant-design/icons'
import { Button, Card, Col, Empty, Flex, Row, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatCount, formatDay, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ConfirmButton } from '../../../shared/ui/ConfirmButton'
import { FigureRow } from '../../../shared/ui/FigureRow'
import { Timestamp } from '../../../shared/ui/Formatted'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { QueryError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ItemAmount } from '../common/ItemAmount'
import { useBilingual, useTitles } from '../common/names'
import { calculatorPath, itemPath, useConfirmAward, useMatches } from '../common/policies.queries'
import type { Match } from '../common/policies.types'
import { AwardStatusTag, CategoryTag, IssuerName, PayoutModeTag } from '../common/Tags'
import { ShortOf } from '../common/TraceView'
import { matchFiguresOf } from './matchFigures'
import { WhyDrawer } from './WhyDrawer'
import '../policies.css'

export function MatchesPage() {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  const matches = useMatches()
  const [why, setWhy] = useState<Match | null>(null)
  const items = matches.data?.items ?? []
  const qualified = items.filter((match) => match.outcome === 'qualified')
  const near = items.filter((match) => match.outcome === 'near')
  const figures = matchFiguresOf(items)
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('nav.matches')}
        subtitle={t('matches.subtitle')}
        extra={
          <LinkButton icon={<CalculatorOutlined />} to={calculatorPath}>
            {t('nav.calculator')}
          </LinkButton>
        }
      />
      <QueryError query={matches} />
      <FigureRow
        testId="match-figures"
        loading={matches.isPending}
        span={{ xs: 24, md: 12, xl: 6 }}
        figures={[
          { key: 'paid', label: t('matches.totalPaid'), value: formatFen(figures.paidFen, language) },
          {
            key: 'qualified',
            label: t('matches.qualifiedCount'),
            value: formatCount(figures.qualifiedCount, language),
          },
          {
            key: 'qualifiedFen',
            label: t('matches.qualifiedFen'),
            value: formatFen(figures.qualifiedFen, language),
          },
          { key: 'nearFen', label: t('matches.nearFen'), value: formatFen(figures.nearFen, language) },
        ]}
      />
      {matches.isPending ? (
        <PageLoading />
      ) : (
        <>
          <Card className="g60-match-group" title={t('matches.qualifiedTitle', { count: qualified.length })}>
            {qualified.length === 0 ? (
              <Empty description={t('matches.noQualified')} />
            ) : (
              <Row gutter={[16, 16]} data-testid="qualified-matches">
                {qualified.map((match) => (
                  <Col key={match.item.id} xs={24} lg={12}>
                    <MatchCard match={match} onWhy={() => setWhy(match)} />
                  </Col>
                ))}
              </Row>
            )}
          </Card>
          <Card
            className="g60-match-group"
            title={t('matches.nearTitle', { count: near.length })}
            extra={<span className="g60-muted g60-hide-phone">{t('matches.nearHint')}</span>}
          >
            {near.length === 0 ? (
              <Empty description={t('matches.noNear')} />
            ) : (
              <Row gutter={[16, 16]} data-testid="near-matches">
                {near.map((match) => (
                  <Col key={match.item.id} xs={24} lg={12}>
                    <MatchCard match={match} onWhy={() => setWhy(match)} />
                  </Col>
                ))}
              </Row>
            )}
          </Card>
        </>
      )}
      {why !== null && <WhyDrawer match={why} onClose={() => setWhy(null)} />}
    </Flex>
  )
}

function MatchCard({ match, onWhy }: { match: Match; onWhy: () => void }) {
  const { t } = useTranslation('policies')
  const { titleOf } = useTitles()
  const { item } = match
  return (
    <Card
      size="small"
      className="g60-match-card"
      data-testid="policy-match"
      data-outcome={match.outcome}
      title={
        <>
          <Link to={itemPath(item.id)} className="g60-policy-title">
            {titleOf(item)}
          </Link>
          <span className="g60-secondary-name">
            <IssuerName code={item.issuerCode} />
          </span>
        </>
      }
      extra={
        <Button
          size="small"
          type="link"
          icon={<QuestionCircleOutlined />}
          onClick={onWhy}
          aria-label={t('matches.why')}
          data-testid="why"
        >
          <span className="g60-hide-phone">{t('matches.why')}</span>
        </Button>
      }
    >
      <Flex vertical gap="small">
        <Flex wrap gap={4} align="center">
          <CategoryTag category={item.category} />
          <PayoutModeTag mode={item.payoutMode} />
        </Flex>
        <div className="g60-match-amount">
          {match.amountFen > 0 && (
            <span className="g60-muted">
              {match.outcome === 'qualified' ? t('matches.amount') : t('matches.atStake')}
            </span>
          )}
          <ItemAmount amountFen={match.amountFen} outcome={match.outcome} category={item.category} />
        </div>
        {match.outcome === 'near' ? (
          <ShortOf conditions={match.trace.conditions} />
        ) : (
          <AwardLine match={match} />
        )}
      </Flex>
    </Card>
  )
}

/** Where a qualified item's award stands, and the firm's move on it (confirming a fast-apply offer). */
function AwardLine({ match }: { match: Match }) {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  const inLanguage = useBilingual()
  const confirm = useConfirmAward()
  const { award, item } = match
  if (award === null) {
    const nothingToPay = match.amountFen === 0 && item.payoutMode !== 'standard'
    return (
      <Typography.Text type="secondary" data-testid="award-line">
        {nothingToPay ? t('matches.noAward.nothingToPay') : t(`matches.noAward.${item.payoutMode}`)}
        {item.payoutMode === 'standard' && (
          <span className="g60-secondary-name">{inLanguage(item.guideZh, item.guideEn)}</span>
        )}
      </Typography.Text>
    )
  }
  return (
    <Flex wrap gap="small" align="center" data-testid="award-line">
      <AwardStatusTag status={award.status} />
      {award.status === 'offered' && (
        <>
          <span className="g60-muted">
            {item.promiseWorkingDays === null
              ? t('matches.offered')
              : t('matches.offeredPromise', { days: item.promiseWorkingDays })}
          </span>
          <ConfirmButton
            type="primary"
            size="small"
            question={t('matches.confirmQuestion')}
            description={t('matches.confirmDescription', { amount: formatFen(award.amountFen, language) })}
            send={() => confirm.mutateAsync(award.id)}
            pending={confirm.isPending}
            done={t('matches.confirmed')}
            data-testid="confirm-award"
          >
            {t('matches.confirm')}
          </ConfirmButton>
        </>
      )}
      {award.status === 'listed' && <span className="g60-muted">{t('matches.listed')}</span>}
      {award.status === 'confirmed' && (
        <span className="g60-muted">
          {award.dueOn === null
            ? t('matches.confirmedNoDue')
            : t('matches.dueOn', { day: formatDay(award.dueOn, language) })}
        </span>
      )}
      {award.status === 'paid' && award.paidAt !== null && (
        <span className="g60-muted">
          {t('matches.paidAt')} <Timestamp at={award.paidAt} />
        </span>
      )}
      {(award.status === 'removed' || award.status === 'lapsed') && award.statusReason !== null && (
        <span className="g60-muted">{t('matches.reason', { reason: award.statusReason })}</span>
      )}
    </Flex>
  )
}
