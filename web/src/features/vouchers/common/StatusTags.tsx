// The status of each voucher record as a coloured tag, in the current language.
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type {
  ClaimStatus,
  OrderStatus,
  ProductStatus,
  RedemptionStatus,
  SchemeStatus,
  VoucherStatus,
} from '../../../shared/api/types'

const schemeColours: Record<SchemeStatus, string> = { open: 'success', closed: 'default' }
const claimColours: Record<ClaimStatus, string> = {
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
}
const voucherColours: Record<VoucherStatus, string> = {
  active: 'success',
  expired: 'warning',
  lapsed: 'default',
}
const orderColours: Record<OrderStatus, string> = {
  reserved: 'processing',
  cancelled: 'default',
  delivered: 'gold',
  redeemed: 'success',
}
const redemptionColours: Record<RedemptionStatus, string> = {
  awaiting_confirmation: 'warning',
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
}
const productColours: Record<ProductStatus, string> = { published: 'success', withdrawn: 'default' }

export function SchemeStatusTag({ status }: { status: SchemeStatus }) {
  const { t } = useTranslation('vouchers')
  return <Tag color={schemeColours[status]}>{t(`enums.schemeStatus.${status}`)}</Tag>
}

export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation('vouchers')
  return <Tag color={claimColours[status]}>{t(`enums.claimStatus.${status}`)}</Tag>
}

export function VoucherStatusTag({ status }: { status: VoucherStatus }) {
  const { t } = useTranslation('vouchers')
  return <Tag color={voucherColours[status]}>{t(`enums.voucherStatus.${status}`)}</Tag>
}

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation('vouchers')
  return <Tag color={orderColours[status]}>{t(`enums.orderStatus.${status}`)}</Tag>
}

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const { t } = useTranslation('vouchers')
  return <Tag color={productColours[status]}>{t(`enums.productStatus.${status}`)}</Tag>
}

export function RedemptionStatusTag({ status }: { status: RedemptionStatus }) {
  const { t } = useTranslation('vouchers')
  return <Tag color={redemptionColours[status]}>{t(`enums.redemptionStatus.${status}`)}</Tag>
}
