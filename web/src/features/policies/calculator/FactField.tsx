// One fact of the calculator's form, as people enter it: money in yuan (sent in fen), counts and measures as numbers
// with their unit, yes/no as a switch, a city, a size, a stage or an industry chosen from its list, lists as tags.
import { Form, Input, InputNumber, Select, Switch } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import {
  enumOptions,
  useCityOptions,
  useIndustryOptions,
  type Option,
} from '../../../shared/reference/options'
import { firmSizes, firmStages } from '../../../shared/ui/enums'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useYuanRule } from '../../../shared/ui/yuanRule'
import { isMoneyFact } from '../common/factValues'
import { useLabels } from '../common/names'
import type { Fact } from '../common/policies.types'

/** the largest amount of money a fact takes (what a yuan text of 11 digits can say) */
const moneyFenMax = 9_999_999_999_999

function useUnitText() {
  const { t } = useTranslation('policies')
  return (unit: Fact['unit']): string | undefined => {
    switch (unit) {
      case 'percent':
        return '%'
      case 'minutes':
        return t('units.minutes')
      case 'years':
        return t('units.years')
      case 'points':
        return t('units.points')
      default:
        return undefined
    }
  }
}

interface InputContext {
  t: TFunction<'policies'>
  cities: { options: Option[]; loading: boolean }
  industries: { options: Option[]; loading: boolean }
  unitText: (unit: Fact['unit']) => string | undefined
}

/** The control of a fact: the Form.Item's own child, so that the form gives it its value and hears its changes. */
function inputOf(fact: Fact, id: string, { t, cities, industries, unitText }: InputContext): ReactNode {
  const placeholder = t('calculator.notEntered')
  switch (fact.name) {
    case 'cityCode':
      return (
        <Select
          id={id}
          allowClear
          placeholder={placeholder}
          options={cities.options}
          loading={cities.loading}
        />
      )
    case 'industryCode':
      return (
        <Select
          id={id}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={placeholder}
          options={industries.options}
          loading={industries.loading}
        />
      )
    case 'allianceIndustryCodes':
      return (
        <Select
          id={id}
          mode="multiple"
          allowClear
          placeholder={placeholder}
          options={industries.options}
          loading={industries.loading}
          optionFilterProp="label"
        />
      )
    case 'size':
      return (
        <Select
          id={id}
          allowClear
          placeholder={placeholder}
          options={enumOptions(firmSizes, (size) => t(`enums.size.${size}`))}
        />
      )
    case 'stage':
      return (
        <Select
          id={id}
          allowClear
          placeholder={placeholder}
          options={enumOptions(firmStages, (stage) => t(`enums.stage.${stage}`))}
        />
      )
    default:
      break
  }
  switch (fact.type) {
    case 'bool':
      return <Switch id={id} checkedChildren={t('facts.yes')} unCheckedChildren={t('facts.no')} />
    case 'int':
      if (isMoneyFact(fact)) return <YuanInput id={id} placeholder={placeholder} />
      return (
        <InputNumber
          id={id}
          min={0}
          precision={0}
          placeholder={placeholder}
          suffix={unitText(fact.unit)}
          style={{ width: '100%' }}
        />
      )
    case 'double':
      return (
        <InputNumber
          id={id}
          min={0}
          step={0.1}
          placeholder={placeholder}
          suffix={unitText(fact.unit)}
          style={{ width: '100%' }}
        />
      )
    case 'string':
      return <Input id={id} allowClear placeholder={placeholder} />
    case 'list<string>':
      return (
        <Select id={id} mode="tags" allowClear placeholder={t('calculator.tagsPlaceholder')} open={false} />
      )
  }
}

export function FactField({ fact }: { fact: Fact }) {
  const { t } = useTranslation('policies')
  const { labelOf } = useLabels()
  const yuanRule = useYuanRule()
  const context: InputContext = {
    t,
    cities: useCityOptions(),
    industries: useIndustryOptions(),
    unitText: useUnitText(),
  }
  const id = `policy-fact-${fact.name}`
  return (
    <Form.Item
      name={fact.name}
      label={labelOf({ labelZh: fact.nameZh, labelEn: fact.nameEn })}
      htmlFor={id}
      valuePropName={fact.type === 'bool' ? 'checked' : 'value'}
      rules={isMoneyFact(fact) ? [yuanRule({ minFen: 0, maxFen: moneyFenMax })] : []}
      tooltip={`firm.${fact.name}`}
    >
      {inputOf(fact, id, context)}
    </Form.Item>
  )
}
