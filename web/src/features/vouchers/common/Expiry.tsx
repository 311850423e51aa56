import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Voucher } from '../../../shared/api/types'
import { useNow } from '../../../shared/ui/useNow'
import './vouchers.css'

const dayMs = 24 * 60 * 60 * 1000
const soonDays = 30
const urgentDays = 7

/** Calendar days left to spend a voucher, today included (1 on its last day). */
function daysLeftOf(expiresAt: string, nowMs: number): number {
  return Math.ceil((Date.parse(expiresAt) - nowMs) / dayMs)
}

/** The last day a voucher can be spent, and how many days are left while it is active. */
export function Expiry({ voucher }: { voucher: Pick<Voucher, 'validUntil' | 'expiresAt' | 'status'> }) {
  const { t } = useTranslation('vouchers')
  const now = useNow()
  const daysLeft = daysLeftOf(voucher.expiresAt, now)
  const colour = daysLeft <= urgentDays ? 'error' : daysLeft <= soonDays ? 'warning' : 'default'
  return (
    <span className="g60-expiry">
      {voucher.validUntil}
      {voucher.status === 'active' && daysLeft > 0 && (
        <Tag color={colour}>{t('wallet.daysLeft', { count: daysLeft })}</Tag>
      )}
    </span>
  )
}
