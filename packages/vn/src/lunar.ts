// @govmini/vn/lunar — the Vietnamese lunar calendar (âm lịch) on its own: solar ↔ lunar for any
// day (checked day by day against Hồ Ngọc Đức's published tables for 1900–2100), lunar dates in
// words ("mùng 1 tháng Giêng năm Bính Ngọ") and can-chi names. For a date input that shows the
// lunar date, or a lunar birthday; `@govmini/vn/calendar` has the conversions too, with holidays.

export type { LunarDate } from './core/lunar';
export { lunarToSolar, solarToLunar } from './core/lunar';
export type { CanChi } from './core/lunar-format';
export {
  dayCanChi,
  EARTHLY_BRANCHES,
  formatLunarDate,
  HEAVENLY_STEMS,
  monthCanChi,
  yearCanChi,
} from './core/lunar-format';
