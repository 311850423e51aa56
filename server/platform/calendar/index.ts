export {
  addWorkingDaysOn,
  createCalendarService,
  ensureCalendarData,
  workingDaysBetweenOn,
} from './calendar.service'
export type { CalendarService } from './calendar.service'
export { registerCalendarRoutes } from './calendar.routes'
export {
  addWorkingDays,
  countWorkingDaysBetween,
  exceptionsFrom,
  isWorkingDay,
  workingDaysAddMax,
  calendarDaysScanMax,
  addCalendarDays,
  calendarDaysBetween,
  parseDay,
  shanghaiDateOf,
  shanghaiMinuteOf,
  shanghaiPeriodBounds,
} from './calendar.days'
export type { CalendarExceptions, DayKind } from './calendar.days'
export type { CalendarDay } from './calendar.data'
export { createCalendarModule } from './calendar.module'
export type { CalendarModule } from './calendar.module'
export { chinaCalendarDays, readCalendarYear } from './calendar.data'
