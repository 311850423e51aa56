// Picking one of the firm's active vouchers; a voucher whose scheme cannot pay for this instrument is shown,
// but disabled with the reason.
import { Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { BookingVoucher } from './bookingVouchers.queries'

interface VoucherSelectProps {
  vouchers: BookingVoucher[]
  loading: boolean
  id?: string
  value?: string | null
  onChange?: (value: string | null) => void
}

export function VoucherSelect({ vouchers, loading, id, value, onChange }: VoucherSelectProps) {
  const { t } = useTranslation('instruments')
  const { language, nameOf } = useLanguage()
  const options = vouchers.map(({ voucher, scheme, unusable }) => {
    const available = t('booking.voucherAvailable', {
      amount: formatFen(voucher.availableFen, language),
    })
    const reason =
      unusable === null || unusable === undefined ? '' : ` · ${t(`booking.voucherUnusable.${unusable}`)}`
    const schemeName = scheme === undefined ? '' : ` · ${nameOf(scheme)}`
    return {
      value: voucher.id,
      label: `${voucher.number} · ${available}${schemeName}${reason}`,
      disabled: unusable !== null,
    }
  })
  return (
    <Select
      id={id}
      allowClear
      loading={loading}
      placeholder={vouchers.length === 0 && !loading ? t('booking.noVouchers') : t('booking.noVoucher')}
      options={options}
      value={value ?? undefined}
      onChange={(chosen?: string) => onChange?.(chosen ?? null)}
      data-testid="voucher-select"
    />
  )
}
