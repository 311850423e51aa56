// One voucher: its face, balances and expiry, the orders placed with it and every ledger transfer behind them.
import { ShoppingOutlined } from '@ant-design/icons'
import { Card, Descriptions, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Voucher } from '../../../shared/api/types'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import { CityName } from '../../../shared/reference/CityName'
import { RecordName } from '../../../shared/ui/RecordName'
import { VoucherStatusTag } from '../common/StatusTags'
import { VoucherBalances } from './VoucherBalances'
import { VoucherLedger } from './VoucherLedger'
import { VoucherOrders } from './VoucherOrders'
import { useVoucher } from './wallet.queries'

export function VoucherPage() {
  const { id = '' } = useParams()
  return <QueryPage query={useVoucher(id)}>{(voucher) => <VoucherDetail voucher={voucher} />}</QueryPage>
}

function VoucherDetail({ voucher }: { voucher: Voucher }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const spendable = voucher.status === 'active' && voucher.availableFen > 0
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={voucher.number}
        subtitle={<RecordName record={voucher.scheme} fallback="" />}
        tags={
          <>
            <VoucherStatusTag status={voucher.status} />
            <SyntheticTag isSynthetic={voucher.isSynthetic} />
          </>
        }
        extra={
          <LinkButton
            type="primary"
            icon={<ShoppingOutlined />}
            to={`/vouchers/wallet/${voucher.id}/spend`}
            disabled={!spendable}
          >
            {t('spend.open')}
          </LinkButton>
        }
      />
      <VoucherBalances voucher={voucher} />
      <Card title={t('wallet.face')}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
          items={[
            { key: 'holder', label: t('fields.holder'), children: voucher.holderNameZh },
            { key: 'creditCode', label: t('fields.creditCode'), children: voucher.holderCreditCode },
            {
              key: 'city',
              label: t('fields.issuingCity'),
              children: <CityName code={voucher.cityCode} />,
            },
            {
              key: 'issuedAt',
              label: t('fields.issuedAt'),
              children: formatTimestamp(voucher.issuedAt, language),
            },
          ]}
        />
      </Card>
      <Card title={t('orders.ofVoucher')}>
        <VoucherOrders voucherId={voucher.id} />
      </Card>
      <Card title={t('ledger.title')} extra={t('ledger.hint')}>
        <VoucherLedger voucherId={voucher.id} />
      </Card>
    </Flex>
  )
}
