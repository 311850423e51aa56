// A failed condition of a near miss, in words: what the product requires and what the need or firm has. The
// matcher states them in codes and English units; here they become names in the user's language.
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { isOneOf } from '../../../shared/ui/enums'
import { CityName } from '../../../shared/reference/CityName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { conditionCodes, financeStages, productTypes } from '../common/enums'
import type { FailedCondition } from '../common/finance.types'

const listOf = (text: string, render: (item: string) => ReactNode): ReactNode =>
  text
    .split(',')
    .filter((item) => item !== '')
    .map((item, index) => (
      <span key={item}>
        {index > 0 && '、'}
        {render(item)}
      </span>
    ))

function monthsText(text: string, t: TFunction<'finance'>): string {
  const range = /^(\d+)–(\d+) months$/.exec(text)
  if (range !== null) return t('monthRange', { min: Number(range[1]), max: Number(range[2]) })
  const single = /^(\d+) months$/.exec(text)
  if (single !== null) return t('months', { count: Number(single[1]) })
  return text
}

export function conditionName(code: string, t: TFunction<'finance'>): string {
  return isOneOf(conditionCodes, code) ? t(`conditions.${code}`) : code
}

/** What the product requires (first) and what the firm or need has (second). */
export function conditionValues(condition: FailedCondition, t: TFunction<'finance'>): [ReactNode, ReactNode] {
  const { code, required, actual } = condition
  const stage = (value: string) => (isOneOf(financeStages, value) ? t(`enums.stage.${value}`) : value)
  switch (code) {
    case 'type': {
      const type = (value: string) => (isOneOf(productTypes, value) ? t(`enums.productType.${value}`) : value)
      return [type(required), type(actual)]
    }
    case 'term_out_of_range':
      return [monthsText(required, t), monthsText(actual, t)]
    case 'city_not_served':
      return [listOf(required, (city) => <CityName code={city} />), <CityName key="actual" code={actual} />]
    case 'stage_not_accepted':
      return [listOf(required, stage), stage(actual)]
    case 'industry_not_accepted':
      return [
        listOf(required, (industry) => <IndustryName code={industry} />),
        <IndustryName key="actual" code={actual} />,
      ]
    case 'high_tech_required':
      return [t('conditions.highTechFirm'), t('conditions.notCertified')]
    case 'tech_sme_required':
      return [t('conditions.techSme'), t('conditions.notCertified')]
    default:
      return [required, actual]
  }
}
