// The statistical period of a <FilterBar>, in the address as `period`: the last twelve months (nothing in the
// address), a year, a quarter, a month or a range of months, each chosen with antd's pickers.
import { DatePicker, Flex, Form, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { useFilter } from '../../../shared/ui/FilterBar'
import { periodModeOf, periodModes, periodOfMode, quarterOf, type PeriodMode } from './period'

const monthOf = (value: Dayjs) => value.format('YYYY-MM')

/** The first month of a period's text, for its picker. */
function pickerValue(period: string, mode: PeriodMode): Dayjs {
  if (mode === 'quarter') {
    const [year = '', quarter = 'Q1'] = period.split('-')
    return dayjs(`${year}-${String((Number(quarter.slice(1)) - 1) * 3 + 1).padStart(2, '0')}-01`)
  }
  if (mode === 'year') return dayjs(`${period}-01-01`)
  return dayjs(`${period.slice(0, 7)}-01`)
}

function ModePicker({
  mode,
  period,
  onChange,
}: {
  mode: PeriodMode
  period: string
  onChange: (next: string) => void
}) {
  const { t } = useTranslation('insights')
  if (mode === 'range') {
    const [from = '', to = ''] = period.split('..')
    return (
      <DatePicker.RangePicker
        picker="month"
        aria-label={t('period.range')}
        allowClear={false}
        value={[dayjs(`${from}-01`), dayjs(`${to}-01`)]}
        onChange={(range) => {
          const [first, last] = range ?? []
          if (first && last) onChange(`${monthOf(first)}..${monthOf(last)}`)
        }}
        style={{ width: 210 }}
      />
    )
  }
  if (mode === 'recent') return null
  return (
    <DatePicker
      picker={mode}
      aria-label={t(`period.${mode}`)}
      allowClear={false}
      value={pickerValue(period, mode)}
      onChange={(value: Dayjs | null) => {
        if (value === null) return
        const month = monthOf(value)
        onChange(
          mode === 'quarter'
            ? `${month.slice(0, 4)}-Q${quarterOf(month)}`
            : (periodOfMode(mode, month) ?? ''),
        )
      }}
      style={{ width: 130 }}
    />
  )
}

/** A period, or none (the last twelve months): the kind of period, then its picker. */
export function PeriodChoice({
  id,
  period,
  onChange,
}: {
  id?: string
  period: string | undefined
  onChange: (period: string | undefined) => void
}) {
  const { t } = useTranslation('insights')
  const mode = periodModeOf(period)
  const thisMonth = shanghaiToday().slice(0, 7)
  return (
    <Flex gap="small" wrap>
      <Select<PeriodMode>
        id={id}
        value={mode}
        style={{ width: 150, flex: 'none' }}
        options={periodModes.map((value) => ({ value, label: t(`period.${value}`) }))}
        onChange={(next) => onChange(periodOfMode(next, thisMonth))}
      />
      {period !== undefined && <ModePicker mode={mode} period={period} onChange={onChange} />}
    </Flex>
  )
}

/** The period of a <FilterBar>, in the address as `period`; on a narrow screen its picker goes under its kind. */
export function PeriodFilter({ period }: { period: string | undefined }) {
  const { t } = useTranslation('insights')
  const filter = useFilter('period')
  const mode = periodModeOf(period)
  const width = mode === 'recent' ? 170 : mode === 'range' ? 380 : 300
  return (
    <Form.Item
      label={t('period.label')}
      htmlFor={filter.id}
      style={{ width, maxWidth: '100%', marginBottom: 8 }}
    >
      <PeriodChoice id={filter.id} period={period} onChange={filter.set} />
    </Form.Item>
  )
}
