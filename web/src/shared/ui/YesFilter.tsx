import { Select } from 'antd'
import { useTranslation } from 'react-i18next'

/** A yes/any filter (leading firms only, demonstration parks only …). */
export function YesFilter({
  id,
  value,
  onChange,
}: {
  id: string
  value: boolean | undefined
  onChange: (value: boolean | undefined) => void
}) {
  const { t } = useTranslation()
  return (
    <Select
      id={id}
      value={value === true ? 'yes' : 'any'}
      onChange={(choice) => onChange(choice === 'yes' ? true : undefined)}
      options={[
        { value: 'any', label: t('common.any') },
        { value: 'yes', label: t('common.yesOnly') },
      ]}
    />
  )
}
