import { useTranslation } from 'react-i18next'
import { useSettlement } from './settlements.queries'

export function SettlementCrumb({ id }: { id: string }) {
  const { t } = useTranslation('vouchers')
  const run = useSettlement(id)
  return (
    <>
      {run.data === undefined
        ? '…'
        : t('settlements.periodRange', { start: run.data.periodStart, end: run.data.periodEnd })}
    </>
  )
}
