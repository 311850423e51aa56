// The status of an instrument or a booking as a coloured tag, in the current language.
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { BookingStatus, InstrumentStatus, OwnerGrade } from './instrument.types'

const instrumentColours: Record<InstrumentStatus, string> = {
  available: 'success',
  maintenance: 'warning',
  retired: 'default',
}
const bookingColours: Record<BookingStatus, string> = {
  requested: 'processing',
  approved: 'cyan',
  checked_in: 'blue',
  completed: 'success',
  rejected: 'error',
  cancelled: 'default',
  no_show: 'volcano',
}
const gradeColours: Record<OwnerGrade, string> = { A: 'green', B: 'blue', C: 'gold', D: 'default' }

export function InstrumentStatusTag({ status }: { status: InstrumentStatus }) {
  const { t } = useTranslation('instruments')
  return <Tag color={instrumentColours[status]}>{t(`enums.status.${status}`)}</Tag>
}

export function BookingStatusTag({ status }: { status: BookingStatus }) {
  const { t } = useTranslation('instruments')
  return (
    <Tag color={bookingColours[status]} data-status={status}>
      {t(`enums.bookingStatus.${status}`)}
    </Tag>
  )
}

export function GradeTag({ grade }: { grade: OwnerGrade }) {
  return <Tag color={gradeColours[grade]}>{grade}</Tag>
}
