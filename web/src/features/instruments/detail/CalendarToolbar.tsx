// Above the week: back and forth a week at a time (or back to today), the days shown, and what the colours
// mean.
import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Button, Flex, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { addDays, formatDayLabel } from '../common/shanghaiTime'

interface CalendarToolbarProps {
  firstDay: string
  today: string
  /** undefined: back to today */
  onWeekChange: (firstDay: string | undefined) => void
}

export function CalendarToolbar({ firstDay, today, onWeekChange }: CalendarToolbarProps) {
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  return (
    <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 12 }}>
      <Space>
        <Button
          icon={<LeftOutlined />}
          onClick={() => onWeekChange(addDays(firstDay, -7))}
          data-testid="week-previous"
        >
          {t('calendar.previousWeek')}
        </Button>
        <Button disabled={firstDay === today} onClick={() => onWeekChange(undefined)}>
          {t('calendar.today')}
        </Button>
        <Button onClick={() => onWeekChange(addDays(firstDay, 7))} data-testid="week-next">
          {t('calendar.nextWeek')}
          <RightOutlined />
        </Button>
      </Space>
      <Typography.Text strong data-testid="week-label">
        {t('calendar.weekOf', {
          from: formatDayLabel(firstDay, language),
          to: formatDayLabel(addDays(firstDay, 6), language),
        })}
      </Typography.Text>
      <Flex gap="middle" wrap className="g60-calendar-legend" aria-hidden>
        <span>
          <i className="g60-legend-free" /> {t('calendar.free')}
        </span>
        <span>
          <i className="g60-legend-taken" /> {t('calendar.taken')}
        </span>
        <span>
          <i className="g60-legend-own" /> {t('calendar.own')}
        </span>
        <span>
          <i className="g60-legend-buffer" /> {t('calendar.buffer')}
        </span>
        <span>
          <i className="g60-legend-unavailable" /> {t('calendar.unavailableLegend')}
        </span>
      </Flex>
    </Flex>
  )
}
