import { defineMessages } from '../internal/messages';

// The three-box errors; the rest (an impossible day, a date out of range…) come from
// parseDate's own catalogue in @govmini/vn.
export const dateInputMessages = defineMessages({
  'dateInput.day': 'Ngày',
  'dateInput.month': 'Tháng',
  'dateInput.year': 'Năm',
  'dateInput.hint': 'Ví dụ: 27 3 1958',
  'dateInput.and': 'và',
  'dateInput.missing': 'Vui lòng nhập {fields}.',
  'dateInput.not_digits': 'Ngày, tháng và năm chỉ gồm chữ số, ví dụ 27 3 1958.',
  'dateInput.year_length': 'Vui lòng nhập năm đủ 4 chữ số, ví dụ 1958.',
  // The lunar date under the boxes (`showLunar`); {date} is "mùng 8 tháng 2 năm Mậu Tuất".
  'dateInput.lunar': 'Âm lịch: {date}',
});
