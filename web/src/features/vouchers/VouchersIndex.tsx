import type { Role } from '../../shared/api/types'
import { StartPage } from '../../shared/session/StartPage'

const startPages: Partial<Record<Role, string>> = {
  firm: '/vouchers/wallet',
  provider: '/vouchers/products',
  city_officer: '/vouchers/review',
  corridor_admin: '/vouchers/review',
}

/** The first voucher page of each role that has one. */
export function VouchersIndex() {
  return <StartPage pages={startPages} />
}
