// "Free between A and B": two Shanghai date-times (wall-clock pickers, no time-zone guessing), from and to.
import { Space } from 'antd'
import { DateTimeField } from '../../../shared/ui/DateField'
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
      <DateTimeField
        id={id}
        aria-label={t('search.freeFrom')}
        value={from ?? ''}
        max={to}
        onChange={(text) => onChange('freeFrom', valueOf(text))}
      />
      <DateTimeField
        id={`${id}-to`}
        aria-label={t('search.freeTo')}
        value={to ?? ''}
        min={from}
        onChange={(text) => onChange('freeTo', valueOf(text))}
      />
    </Space.Compact>
  )
}
