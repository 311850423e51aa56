// Names the finance lists' exports share: product types and each list's states, in the language asked for,
// so that a file shows what the screen shows and never a code.
import { nameIn, type ExportLanguage } from '../../platform/export'
import {
  productTypeNames,
  type needStatuses,
  type ProductType,
  type ReferralStatus,
  type urgencies,
} from './finance.reference'

type Names = { nameZh: string; nameEn: string }

export function productTypeName(type: string, language: ExportLanguage): string {
  const names = productTypeNames[type as ProductType] as { zh: string; en: string } | undefined
  if (names === undefined) return type
  return language === 'zh' ? names.zh : names.en
}

/** A state's name, or its code should a new state come before its name. */
export function stateName<State extends string>(
  names: Record<State, Names>,
  state: string,
  language: ExportLanguage,
): string {
  return nameIn(language, (names as Record<string, Names | undefined>)[state]) ?? state
}

export const productStatusNames: Record<'active' | 'withdrawn', Names> = {
  active: { nameZh: '在售', nameEn: 'On offer' },
  withdrawn: { nameZh: '已下架', nameEn: 'Withdrawn' },
}

export const needStatusNames: Record<(typeof needStatuses)[number], Names> = {
  open: { nameZh: '待推荐', nameEn: 'Open' },
  referred: { nameZh: '已推荐', nameEn: 'Referred' },
  closed: { nameZh: '已关闭', nameEn: 'Closed' },
}

export const urgencyNames: Record<(typeof urgencies)[number], Names> = {
  normal: { nameZh: '一般', nameEn: 'Normal' },
  urgent: { nameZh: '紧急', nameEn: 'Urgent' },
  very_urgent: { nameZh: '非常紧急', nameEn: 'Very urgent' },
}

export const referralStatusNames: Record<ReferralStatus, Names> = {
  referred: { nameZh: '待审批', nameEn: 'Awaiting decision' },
  approved: { nameZh: '已批准', nameEn: 'Approved' },
  declined: { nameZh: '已拒绝', nameEn: 'Declined' },
  drawn: { nameZh: '已放款', nameEn: 'Drawn' },
  withdrawn: { nameZh: '已撤回', nameEn: 'Withdrawn' },
}
