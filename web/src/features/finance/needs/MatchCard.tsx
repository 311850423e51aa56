// One ranked product for a need: its rank score out of 100, the six components as a bar, the reasons in order of
// weight, and referring it with consent (or where the referral stands).
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { Button, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { Match, Referral } from '../common/finance.types'
import { formatRate } from '../common/format'
import { RecordName } from '../../../shared/ui/RecordName'
import { ReferralStatusTag } from '../common/StatusTags'
import { ComponentBar } from './ComponentBar'
import { readReason } from './reasons'

interface MatchCardProps {
  match: Match
  rank: number
  referral: Referral | undefined
  /** only the firm refers, because the referral carries its consent */
  mayRefer: boolean
  onRefer: () => void
}

export function MatchCard({ match, rank, referral, mayRefer, onRefer }: MatchCardProps) {
  const { t } = useTranslation('finance')
  const { language, nameOf } = useLanguage()
  const { product } = match
  const score = new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(match.rankScore)
  return (
    <article className="g60-match" data-testid="match" data-product={product.id}>
      <div className="g60-match-head">
        <div>
          <span className="g60-match-rank">{rank}</span>
          <span className="g60-match-title">{nameOf(product)}</span>{' '}
          <Tag>{t(`enums.productType.${product.productType}`)}</Tag>
          <span className="g60-secondary-name" style={{ marginTop: 4 }}>
            <RecordName record={product.institution} fallback="" />
            {product.rateCapBps !== null && ` · ${t('fields.rateCap')} ${formatRate(product.rateCapBps, t)}`}
            {product.riskSharePercent !== null &&
              ` · ${t('products.riskShareShort', { percent: product.riskSharePercent })}`}
          </span>
        </div>
        <div className="g60-match-score" aria-label={t('matches.rankScoreLabel', { score })}>
          <strong data-testid="rank-score">{score}</strong>
          <span className="g60-secondary-name">{t('matches.rankScore')}</span>
        </div>
      </div>
      <ComponentBar components={match.components} />
      <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
        {t('matches.reasons')}
      </Typography.Text>
      <ol className="g60-match-reasons" data-testid="match-reasons">
        {match.reasons.map((reason) => {
          const read = readReason(reason, t)
          return (
            <li key={reason}>
              {read.text}
              {read.points !== null && <span className="g60-muted g60-numeric">{` +${read.points}`}</span>}
            </li>
          )
        })}
      </ol>
      <div className="g60-match-foot">
        {referral !== undefined ? (
          <>
            <span className="g60-muted">{t('matches.referred')}</span>
            <ReferralStatusTag status={referral.status} />
          </>
        ) : (
          mayRefer && (
            <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={onRefer}>
              {t('refer.button')}
            </Button>
          )
        )}
      </div>
    </article>
  )
}
