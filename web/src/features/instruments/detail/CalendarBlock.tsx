// One held stretch of a day: a booking (the caller's own named with its status) or the buffer kept after one.
import { Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { formatSpan, timeOfMinutes } from '../common/shanghaiTime'
import type { DayBlock } from './weekCalendar'

const labelHeightMinPx = 18

export function CalendarBlock({ block, top, height }: { block: DayBlock; top: number; height: number }) {
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  const own = block.slot.bookingId !== null
  const status = t(`enums.bookingStatus.${block.slot.status}`)
  const who = own ? t('calendar.ownBooking', { status }) : t('calendar.taken')
  const description =
    block.kind === 'buffer'
      ? t('calendar.bufferOf', {
          span: formatSpan(block.slot.endsAt, block.slot.heldUntil, language),
        })
      : `${who} · ${formatSpan(block.slot.startsAt, block.slot.endsAt, language)}`
  const className = [
    'g60-week-block',
    block.kind === 'buffer' ? 'g60-block-buffer' : own ? 'g60-block-own' : 'g60-block-taken',
  ].join(' ')
  return (
    <Tooltip title={description}>
      <div
        className={className}
        style={{ top, height: Math.max(height, 4) }}
        aria-label={description}
        role="note"
        data-testid={block.kind === 'buffer' ? 'calendar-buffer' : 'calendar-slot'}
        data-own={own}
      >
        {block.kind === 'booked' && height >= labelHeightMinPx && (
          <span>
            {timeOfMinutes(block.startMinutes)}–{timeOfMinutes(block.endMinutes)} {who}
          </span>
        )}
      </div>
    </Tooltip>
  )
}
