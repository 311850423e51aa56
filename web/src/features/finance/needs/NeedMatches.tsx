// A need's matches: what passed every hard condition, ranked, each with its reasons and a consent-carrying referral;
// then the near misses.
import { Alert, Card, Empty, Flex, Skeleton } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { QueryError } from '../../../shared/ui/PageError'
import type { Need, ProductSummary, Referral } from '../common/finance.types'
import { formatTenths } from '../common/format'
import { MatchCard } from './MatchCard'
import { NearMisses } from './NearMisses'
import { useNeedMatches } from './needs.queries'
import { ReferDialog } from './ReferDialog'

export function NeedMatches({ need, referrals }: { need: Need; referrals: Referral[] }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const user = useCurrentUser()
  const matches = useNeedMatches(need.id)
  const [referring, setReferring] = useState<ProductSummary | null>(null)
  const mayRefer = user.role === 'firm' && need.status !== 'closed'

  if (matches.isError) return <QueryError query={matches} />
  if (matches.isPending) return <Skeleton active paragraph={{ rows: 8 }} />
  const { data } = matches
  return (
    <Flex vertical gap="middle">
      <Card
        title={t('matches.title', { count: data.matches.length })}
        extra={
          <span className="g60-muted">
            {t('matches.basis', {
              score: formatTenths(data.firmScoreTenths, language),
              considered: data.consideredCount,
            })}
          </span>
        }
      >
        {need.status === 'closed' && (
          <Alert type="info" showIcon title={t('matches.closed')} style={{ marginBottom: 16 }} />
        )}
        {data.matches.length === 0 ? (
          <Empty description={t('matches.empty')} />
        ) : (
          <div data-testid="matches">
            {data.matches.map((match, index) => (
              <MatchCard
                key={match.product.id}
                match={match}
                rank={index + 1}
                referral={referrals.find((referral) => referral.productId === match.product.id)}
                mayRefer={mayRefer}
                onRefer={() => setReferring(match.product)}
              />
            ))}
          </div>
        )}
      </Card>
      <NearMisses nearMisses={data.nearMisses} />
      {referring !== null && (
        <ReferDialog need={need} product={referring} onClose={() => setReferring(null)} />
      )}
    </Flex>
  )
}
