// The opening hours an owner sets: for each weekday, zero or more periods picked with antd's time range picker in
// half-hour steps (an end at 00:00 is the end of the day, 24:00), checked as the API checks them, and whether the
// public holidays of the corridor's working calendar close the instrument. Bookings must lie wholly inside them.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, Switch, TimePicker, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { OpeningPeriod } from '../common/instrument.types'
import { periodProblem } from './openingPeriods'

const timeFormat = 'HH:mm'
/** ISO weekdays, Monday first, as the API's week is ordered */
export const isoWeekdays = ['1', '2', '3', '4', '5', '6', '7'] as const
type IsoWeekday = (typeof isoWeekdays)[number]

interface PeriodFieldProps {
  id?: string
  value?: OpeningPeriod
  onChange?: (value: OpeningPeriod) => void
  'aria-label'?: string
}

/** One [opens, closes) period; the picker keeps the order typed, so that a reversed period is named, not swapped. */
function PeriodField({ value, onChange, ...field }: PeriodFieldProps) {
  const parsed = (time: string) => dayjs(time === '24:00' ? '00:00' : time, timeFormat, true)
  const range: [Dayjs, Dayjs] | null =
    value !== undefined && value.opensAt !== '' ? [parsed(value.opensAt), parsed(value.closesAt)] : null
  return (
    <TimePicker.RangePicker
      {...field}
      value={range}
      format={timeFormat}
      minuteStep={30}
      order={false}
      needConfirm={false}
      onChange={(next) => {
        const [opens, closes] = next ?? [null, null]
        if (opens === null || closes === null) return onChange?.({ opensAt: '', closesAt: '' })
        const closesAt = closes.format(timeFormat)
        onChange?.({ opensAt: opens.format(timeFormat), closesAt: closesAt === '00:00' ? '24:00' : closesAt })
      }}
    />
  )
}

function DayPeriods({ weekday }: { weekday: IsoWeekday }) {
  const { t } = useTranslation('instruments')
  const dayName = t(`editor.openingHours.weekdays.${weekday}`)
  return (
    <Form.List
      name={['openingHours', 'weekly', Number(weekday) - 1]}
      rules={[
        {
          validator: async (_rule, periods: (OpeningPeriod | undefined)[] | undefined) => {
            const problem = periodProblem(periods ?? [])
            if (problem !== null) throw new Error(t(`editor.openingHours.${problem}`, { day: dayName }))
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex gap="small" wrap align="center" data-testid={`opening-day-${weekday}`}>
          <Typography.Text strong style={{ width: 72 }}>
            {dayName}
          </Typography.Text>
          {fields.length === 0 && (
            <Typography.Text type="secondary">{t('editor.openingHours.closed')}</Typography.Text>
          )}
          {fields.map((field) => (
            <Flex key={field.key} gap={4} align="center">
              <Form.Item name={field.name} noStyle>
                <PeriodField aria-label={t('editor.openingHours.period', { day: dayName })} />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('editor.openingHours.remove', { day: dayName })}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => add({ opensAt: '09:00', closesAt: '17:30' })}
            aria-label={t('editor.openingHours.add', { day: dayName })}
          >
            {t('editor.openingHours.addShort')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  )
}

export function OpeningHoursFields() {
  const { t } = useTranslation('instruments')
  return (
    <Flex vertical gap="small">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('editor.openingHours.hint')}
      </Typography.Paragraph>
      {isoWeekdays.map((weekday) => (
        <DayPeriods key={weekday} weekday={weekday} />
      ))}
      <Form.Item
        name={['openingHours', 'closedOnHolidays']}
        label={t('editor.openingHours.holidays')}
        valuePropName="checked"
        style={{ marginTop: 8, marginBottom: 0 }}
      >
        <Switch
          checkedChildren={t('editor.openingHours.closedOnHolidays')}
          unCheckedChildren={t('editor.openingHours.openOnHolidays')}
        />
      </Form.Item>
    </Flex>
  )
}
