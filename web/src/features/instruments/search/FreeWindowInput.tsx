// "Free between A and B": two Shanghai date-times (native pickers, no time-zone guessing), from and to.
import { Input, Space } from 'antd'
import { useTranslation } from 'react-i18next'

interface FreeWindowInputProps {
  id: string
  from: string | undefined
  to: string | undefined
  /** one end at a time: the address takes one change per navigation */
  onChange: (end: 'freeFrom' | 'freeTo', value: string | undefined) => void
}

export function FreeWindowInput({ id, from, to, onChange }: FreeWindowInputProps) {
  const { t } = useTranslation('instruments')
  const valueOf = (text: string) => (text === '' ? undefined : text)
  return (
    <Space.Compact block>
      <Input
        id={id}
        type="datetime-local"
        aria-label={t('search.freeFrom')}
        value={from ?? ''}
        max={to}
        onChange={(event) => onChange('freeFrom', valueOf(event.target.value))}
      />
      <Input
        id={`${id}-to`}
        type="datetime-local"
        aria-label={t('search.freeTo')}
        value={to ?? ''}
        min={from}
        onChange={(event) => onChange('freeTo', valueOf(event.target.value))}
      />
    </Space.Compact>
  )
}
