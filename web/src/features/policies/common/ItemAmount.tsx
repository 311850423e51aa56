// The money of an item for a firm: the amount when there is one; otherwise why there is none, in words (a
// qualification, an entitlement or an exemption pays nothing out; an award one condition away is worked out from
// the facts once the condition is met, and may read 0 until then).
import { useTranslation } from 'react-i18next'
import { Money } from '../../../shared/ui/Money'
import type { ItemCategory, RuleTestOutcome } from './policies.types'

export function ItemAmount({
  amountFen,
  outcome,
  category,
}: {
  amountFen: number
  outcome: RuleTestOutcome
  category: ItemCategory
}) {
  const { t } = useTranslation('policies')
  if (amountFen > 0) return <Money fen={amountFen} />
  return (
    <span className="g60-muted" data-testid="no-amount">
      {outcome === 'near' && category === 'award' ? t('amount.onceMet') : t('amount.noPayment')}
    </span>
  )
}
