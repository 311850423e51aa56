// Date and time fields of forms and filters: Ant Design pickers in the console's language (antd's locale from the
// ConfigProvider, dayjs's Chinese locale loaded here) instead of the browser's native inputs, which follow the
// browser's locale (mm/dd/yyyy). Each gives its form the string a native input gave, so callers and the API are
// unchanged: a day 'YYYY-MM-DD', a time 'HH:mm', a moment 'YYYY-MM-DDTHH:mm' — all Asia/Shanghai wall-clock times,
// as the platform reads them, and '' when cleared.
import { DatePicker, TimePicker } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat'
import 'dayjs/locale/zh-cn'

dayjs.extend(customParseFormat)

const dayFormat = 'YYYY-MM-DD'
const timeFormat = 'HH:mm'
const momentFormat = 'YYYY-MM-DD HH:mm'
/** what a native datetime-local input gave, and what the forms and addresses keep */
const momentValueFormat = 'YYYY-MM-DDTHH:mm'
const minuteStep = 5

interface FieldProps {
  id?: string
  value?: string
  onChange?: (value: string) => void
  disabled?: boolean
  'aria-label'?: string
  'data-testid'?: string
}

/** a string of the given format as a picker's value; anything else (empty, half typed) as none */
function parsed(value: string | undefined, format: string): Dayjs | null {
  if (value === undefined || value === '') return null
  const day = dayjs(value, format, true)
  return day.isValid() ? day : null
}

const formatted = (value: Dayjs | null | undefined, format: string) =>
  value === null || value === undefined ? '' : value.format(format)

/** A calendar day, optionally within `min`–`max` (days, both included). */
export function DateField({
  value,
  onChange,
  min,
  max,
  ...field
}: FieldProps & { min?: string; max?: string }) {
  return (
    <DatePicker
      {...field}
      value={parsed(value, dayFormat)}
      format={dayFormat}
      onChange={(next: Dayjs | null) => onChange?.(formatted(next, dayFormat))}
      disabledDate={(candidate) => {
        const day = candidate.format(dayFormat)
        return (min !== undefined && day < min) || (max !== undefined && day > max)
      }}
      style={{ width: '100%' }}
    />
  )
}

/** A time of day, in steps of five minutes. */
export function TimeField({ value, onChange, ...field }: FieldProps) {
  return (
    <TimePicker
      {...field}
      value={parsed(value, timeFormat)}
      format={timeFormat}
      minuteStep={minuteStep}
      needConfirm={false}
      onChange={(next: Dayjs | null) => onChange?.(formatted(next, timeFormat))}
      style={{ width: '100%' }}
    />
  )
}

/** A day and a time of day, optionally within `min`–`max` (moments as the field gives them). */
export function DateTimeField({
  value,
  onChange,
  min,
  max,
  ...field
}: FieldProps & { min?: string; max?: string }) {
  const minDay = min?.slice(0, dayFormat.length)
  const maxDay = max?.slice(0, dayFormat.length)
  return (
    <DatePicker
      {...field}
      showTime={{ format: timeFormat, minuteStep }}
      value={parsed(value, momentValueFormat)}
      format={momentFormat}
      onChange={(next: Dayjs | null) => onChange?.(formatted(next, momentValueFormat))}
      disabledDate={(candidate) => {
        const day = candidate.format(dayFormat)
        return (minDay !== undefined && day < minDay) || (maxDay !== undefined && day > maxDay)
      }}
      style={{ width: '100%' }}
    />
  )
}
