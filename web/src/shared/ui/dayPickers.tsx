// Ant Design's date pickers over the platform's days ('YYYY-MM-DD', Asia/Shanghai calendar days): a day, and a
// period of days. The pickers speak the console's language (antd's locale from the ConfigProvider; the month and
// weekday names from dayjs, whose Chinese locale is loaded here).
import { DatePicker } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import 'dayjs/locale/zh-cn'
import type { Period } from '../format/days'

const dayFormat = 'YYYY-MM-DD'

export const dayjsOf = (day: string | undefined): Dayjs | null => (day === undefined ? null : dayjs(day))
export const dayOf = (value: Dayjs | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : value.format(dayFormat)

/** One day, or none. */
export function DayPicker({
  id,
  value,
  onChange,
  disabledDay,
  ariaLabel,
}: {
  id?: string
  value?: string | undefined
  onChange?: (day: string | undefined) => void
  /** days that cannot be chosen */
  disabledDay?: (day: string) => boolean
  ariaLabel?: string
}) {
  return (
    <DatePicker
      id={id}
      aria-label={ariaLabel}
      value={dayjsOf(value)}
      format={dayFormat}
      onChange={(next: Dayjs | null) => onChange?.(dayOf(next))}
      disabledDate={
        disabledDay === undefined ? undefined : (candidate) => disabledDay(candidate.format(dayFormat))
      }
      style={{ width: '100%' }}
    />
  )
}

/** The first and the last day of a period. */
export function PeriodPicker({
  id,
  value,
  onChange,
  labels,
}: {
  id?: string
  value: Period
  onChange: (period: Period) => void
  /** what the two ends are, for screen readers */
  labels: [string, string]
}) {
  return (
    <DatePicker.RangePicker
      id={id === undefined ? undefined : { start: id, end: `${id}-end` }}
      aria-label={labels.join(' – ')}
      placeholder={labels}
      value={[dayjs(value.periodStart), dayjs(value.periodEnd)]}
      format={dayFormat}
      allowClear={false}
      onChange={(range) => {
        const periodStart = dayOf(range?.[0])
        const periodEnd = dayOf(range?.[1])
        if (periodStart !== undefined && periodEnd !== undefined) onChange({ periodStart, periodEnd })
      }}
      style={{ width: '100%' }}
    />
  )
}
