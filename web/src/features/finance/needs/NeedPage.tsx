// One financing need: what was asked, its ranked matches and near misses, and the referrals made for it.
import { Card, Descriptions, Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { Money } from '../../../shared/ui/Money'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import { RecordName } from '../../../shared/ui/RecordName'
import '../common/finance.css'
import type { Need } from '../common/finance.types'
import { formatMonths } from '../common/format'
import { NeedStatusTag, UrgencyTag } from '../common/StatusTags'
import { FirmReferralTable } from '../referrals/FirmReferralTable'
import { referralPages } from '../referrals/referrals.queries'
import { useFirstPage } from '../../../shared/list/usePagedList'
import { NeedMatches } from './NeedMatches'
import { useNeed } from './needs.queries'

/** the most referrals of one need shown (one per product at most, and a need has at most 20 matches) */
const referralsMax = 100

export function NeedPage() {
  const { id = '' } = useParams()
  return <QueryPage query={useNeed(id)}>{(need) => <NeedView need={need} />}</QueryPage>
}

function NeedView({ need }: { need: Need }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const user = useCurrentUser()
  const referrals = useFirstPage(referralPages, { need: need.id }, referralsMax)
  const referralList = referrals.data?.items ?? []
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('needs.detailTitle', { type: t(`enums.productType.${need.productType}`) })}
        subtitle={need.purpose}
        tags={
          <>
            <NeedStatusTag status={need.status} />
            <UrgencyTag urgency={need.urgency} />
            <SyntheticTag isSynthetic={need.isSynthetic} />
          </>
        }
      />
      <Card>
        <Descriptions
          column={{ xs: 1, sm: 2, md: 3, xl: 5 }}
          items={[
            ...(user.role === 'firm'
              ? []
              : [
                  {
                    key: 'firm',
                    label: t('fields.firm'),
                    children: <RecordName record={need.firm} fallback="" />,
                  },
                ]),
            {
              key: 'type',
              label: t('fields.productType'),
              children: <Tag>{t(`enums.productType.${need.productType}`)}</Tag>,
            },
            { key: 'amount', label: t('fields.amount'), children: <Money fen={need.amountFen} /> },
            { key: 'term', label: t('fields.term'), children: formatMonths(need.termMonths, t) },
            {
              key: 'createdAt',
              label: t('fields.createdAt'),
              children: formatTimestamp(need.createdAt, language),
            },
          ]}
        />
      </Card>
      <NeedMatches need={need} referrals={referralList} />
      <Card title={t('needs.referralsTitle')}>
        <QueryError query={referrals} />
        <FirmReferralTable referrals={referralList} loading={referrals.isFetching} />
      </Card>
    </Flex>
  )
}
