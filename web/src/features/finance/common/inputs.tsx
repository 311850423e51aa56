// The finance forms' number fields: a term in months, and a rate as basis points over the LPR.
import { InputNumber, type InputNumberProps } from 'antd'
import { useTranslation } from 'react-i18next'

/** the API's bounds */
export const amountFenMax = 1_000_000_000_000
export const termMonthsMax = 360
export const rateCapBpsMax = 2000

/** A whole number of months, up to the API's longest term. */
export function MonthsInput(props: InputNumberProps<number>) {
  const { t } = useTranslation('finance')
  return (
    <InputNumber
      min={1}
      max={termMonthsMax}
      precision={0}
      suffix={t('monthsUnit')}
      style={{ width: '100%' }}
      {...props}
    />
  )
}

/** Basis points over the LPR, up to `max`. */
export function RateBpsInput({ max = rateCapBpsMax, ...props }: InputNumberProps<number>) {
  const { t } = useTranslation('finance')
  return (
    <InputNumber
      min={0}
      max={max}
      precision={0}
      prefix={t('rate.lprPrefix')}
      suffix="bp"
      style={{ width: '100%' }}
      {...props}
    />
  )
}
