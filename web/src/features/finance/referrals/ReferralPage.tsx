// One referral for the institution: the firm, the product and amount asked, the firm's score card while consent is
// live, and the decision and drawdown.
import { CheckOutlined, CloseOutlined, DollarOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Flex } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import { RecordName } from '../../../shared/ui/RecordName'
import { CityName } from '../../../shared/reference/CityName'
import '../common/finance.css'
import type { Referral } from '../common/finance.types'
import { useFinanceProduct } from '../common/names'
import { ConsentTag, ReferralStatusTag } from '../common/StatusTags'
import { DecisionDialog } from './DecisionDialog'
import { DrawdownDialog } from './DrawdownDialog'
import { FirmIndicatorsPanel } from './FirmIndicatorsPanel'
import { ReferralOutcome } from './ReferralOutcome'
import { useReferral } from './referrals.queries'

export function ReferralPage() {
  const { id = '' } = useParams()
  return <QueryPage query={useReferral(id)}>{(referral) => <ReferralView referral={referral} />}</QueryPage>
}

type Dialog = 'approved' | 'declined' | 'drawdown' | null

function ReferralView({ referral }: { referral: Referral }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  // the names come with the referral; the product's own terms are read for the decision's limits only
  const product = useFinanceProduct(referral.productId)
  const [dialog, setDialog] = useState<Dialog>(null)
  const deciding = referral.status === 'referred'
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={<RecordName record={referral.firm} fallback="" />}
        subtitle={t('queue.detailSubtitle')}
        tags={
          <>
            <ReferralStatusTag status={referral.status} />
            <ConsentTag consent={referral.consent} />
            <SyntheticTag isSynthetic={referral.isSynthetic} />
          </>
        }
        extra={
          <Flex gap="small">
            {deciding && (
              <>
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  disabled={product.data === undefined}
                  onClick={() => setDialog('approved')}
                >
                  {t('decision.approve')}
                </Button>
                <Button
                  danger
                  icon={<CloseOutlined />}
                  disabled={product.data === undefined}
                  onClick={() => setDialog('declined')}
                >
                  {t('decision.decline')}
                </Button>
              </>
            )}
            {referral.status === 'approved' && (
              <Button type="primary" icon={<DollarOutlined />} onClick={() => setDialog('drawdown')}>
                {t('drawdown.title')}
              </Button>
            )}
          </Flex>
        }
      />
      <Card>
        <Descriptions
          column={{ xs: 1, sm: 2, xl: 3 }}
          items={[
            { key: 'city', label: t('common.city'), children: <CityName code={referral.firmCityCode} /> },
            {
              key: 'product',
              label: t('fields.product'),
              children: <RecordName record={referral.product} fallback="" />,
            },
            {
              key: 'type',
              label: t('fields.productType'),
              children: t(`enums.productType.${referral.productType}`),
            },
            {
              key: 'amount',
              label: t('fields.requestedAmount'),
              children: <Money fen={referral.requestedAmountFen} />,
            },
            {
              key: 'referredAt',
              label: t('referrals.referredAt'),
              children: formatTimestamp(referral.createdAt, language),
            },
            {
              key: 'outcome',
              label: t('referrals.outcome'),
              children: <ReferralOutcome referral={referral} />,
            },
          ]}
        />
      </Card>
      <section aria-labelledby="firm-score-card-title">
        <h2 id="firm-score-card-title" className="g60-section-title">
          {t('queue.scoreCardTitle')}
        </h2>
        <FirmIndicatorsPanel referralId={referral.id} />
      </section>
      {(dialog === 'approved' || dialog === 'declined') && product.data !== undefined && (
        <DecisionDialog
          referral={referral}
          product={product.data}
          initialDecision={dialog}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'drawdown' && <DrawdownDialog referral={referral} onClose={() => setDialog(null)} />}
    </Flex>
  )
}
