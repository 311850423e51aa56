// Choosing the equity referral an investment comes from by typing part of its firm's name or credit code: the
// server's search of the referrals waiting for an investment, oldest decision first, a page of matches at a time.
import { Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useFirstPage } from '../../../shared/list/usePagedList'
import { equityReferralPages } from '../common/insights.queries'
import type { EquityReferral } from '../common/insights.types'
import { useTypedSearch } from '../../../shared/ui/useTypedSearch'

const optionsMax = 20

interface ReferralSelectProps {
  id?: string
  value?: string
  /** the referral chosen, with its firm and amount, or undefined when cleared */
  onChange?: (referralId: string | undefined) => void
  onChoose: (referral: EquityReferral | undefined) => void
}

export function ReferralSelect({ id, value, onChange, onChoose }: ReferralSelectProps) {
  const { t } = useTranslation('insights')
  const { language, nameOf } = useLanguage()
  const { query, setText } = useTypedSearch()
  const referrals = useFirstPage(equityReferralPages, { q: query === '' ? undefined : query }, optionsMax)
  const page = referrals.data
  const more = page !== undefined && page.nextCursor !== null
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      loading={referrals.isFetching}
      placeholder={t('fund.noReferral')}
      notFoundContent={referrals.isFetching ? t('fund.referralsLoading') : t('fund.noReferralFound')}
      options={(page?.items ?? []).map((item) => ({
        value: item.id,
        label: `${nameOf(item.firm)} · ${nameOf(item.institution)} · ${formatFen(item.approvedAmountFen, language)}`,
      }))}
      onChange={(chosenId?: string) => {
        onChange?.(chosenId)
        onChoose(page?.items.find((item) => item.id === chosenId))
      }}
      popupRender={(menu) => (
        <>
          {menu}
          {more && (
            <div className="g60-muted" style={{ padding: '4px 12px' }}>
              {t('fund.moreReferrals', { shown: page.items.length, total: page.total ?? page.items.length })}
            </div>
          )}
        </>
      )}
    />
  )
}
