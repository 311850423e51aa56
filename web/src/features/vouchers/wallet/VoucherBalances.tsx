import { useTranslation } from 'react-i18next'
import type { Voucher } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FigureRow } from '../../../shared/ui/FigureRow'
import { Expiry } from '../common/Expiry'

/** A voucher's figures at a glance: face value, what is left, what open orders hold, and until when. */
export function VoucherBalances({ voucher }: { voucher: Voucher }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const items = [
    { key: 'amount', label: t('fields.amount'), value: formatFen(voucher.amountFen, language) },
    {
      key: 'available',
      label: t('fields.available'),
      value: formatFen(voucher.availableFen, language),
    },
    {
      key: 'reserved',
      label: t('fields.reserved'),
      value: formatFen(voucher.reservedFen, language),
    },
    { key: 'validUntil', label: t('fields.validUntil'), render: () => <Expiry voucher={voucher} /> },
  ]
  return <FigureRow figures={items} span={{ xs: 12, lg: 6 }} testId="voucher-balances" />
}
