// @govmini/vn/calendar — working days for appointment dates (ngày hẹn trả), the Vietnamese
// public holiday calendar (Tết and Hùng Kings' day from the lunar calendar, plus the days the
// government declares each year, as data a province can extend) and the lunar calendar.

export type { CalendarDate, DateInput } from './core/calendar-date';
export type {
  DeclaredDays,
  Holiday,
  HolidayCalendar,
  HolidayCalendarOptions,
  HolidayKey,
  HolidayName,
} from './core/holidays';
export {
  createHolidayCalendar,
  holidayNames,
  vietnamDeclaredDays,
  vietnamHolidays,
} from './core/holidays';
export type { LunarDate } from './core/lunar';
export { lunarToSolar, solarToLunar } from './core/lunar';
export type { WorkingDayCalendar } from './core/working-days';
export { addWorkingDays, workingDaysBetween } from './core/working-days';
