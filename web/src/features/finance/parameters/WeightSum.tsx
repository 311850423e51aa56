// A stage's running sum of weights: green at exactly 1000, red with what is missing or over otherwise.
import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { weightTotalPermille } from './parameterValues'

export function WeightSum({ sum, stage }: { sum: number; stage: string }) {
  const { t } = useTranslation('finance')
  const balanced = sum === weightTotalPermille
  return (
    <span
      className={balanced ? 'g60-weight-sum g60-weight-sum-ok' : 'g60-weight-sum g60-weight-sum-off'}
      data-testid={`weight-sum-${stage}`}
      data-sum={sum}
    >
      {balanced ? <CheckCircleFilled /> : <ExclamationCircleFilled />} {sum}
      {!balanced && (
        <small>
          {sum < weightTotalPermille
            ? t('parameters.missing', { count: weightTotalPermille - sum })
            : t('parameters.over', { count: sum - weightTotalPermille })}
        </small>
      )}
    </span>
  )
}
