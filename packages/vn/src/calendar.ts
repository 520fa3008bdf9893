// @govmini/vn/calendar — working days for appointment dates (ngày hẹn trả) and office hours,
// the Vietnamese public holiday calendar (Tết and Hùng Kings' day from the lunar calendar, plus
// the days the government declares each year, as data a province can extend), the lunar
// calendar (solar ↔ lunar; dates in words and can-chi names: `@govmini/vn/lunar`), and days
// and instants as APIs exchange them (`YYYY-MM-DD`, ISO 8601 at +07:00).

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
export {
  fromIsoDate,
  fromIsoDateTime,
  toIsoDate,
  toIsoDateTime,
  VIETNAM_OFFSET_MS,
  vietnamDay,
  vietnamTime,
} from './core/vietnam-time';
export type { WorkingDayCalendar } from './core/working-days';
export { addWorkingDays, workingDaysBetween } from './core/working-days';
export type { OfficeHours } from './core/working-hours';
export { addWorkingHours, OFFICE_HOURS } from './core/working-hours';
