import { defineMessages } from '../internal/messages';

// The three-box errors; the rest (an impossible day, a date out of range…) come from
// parseDate's own catalogue in @govmini/vn.
export const dateInputMessages = defineMessages(
  {
    'dateInput.day': 'Ngày',
    'dateInput.month': 'Tháng',
    'dateInput.year': 'Năm',
    'dateInput.hint': 'Ví dụ: 27 3 1958',
    'dateInput.and': 'và',
    'dateInput.missing': 'Vui lòng nhập {fields}.',
    'dateInput.not_digits': 'Ngày, tháng và năm chỉ gồm chữ số, ví dụ 27 3 1958.',
    'dateInput.year_length': 'Vui lòng nhập năm đủ 4 chữ số, ví dụ 1958.',
  },
  {
    'dateInput.day': 'Day',
    'dateInput.month': 'Month',
    'dateInput.year': 'Year',
    'dateInput.hint': 'For example, 27 3 1958',
    'dateInput.and': 'and',
    'dateInput.missing': 'Please enter the {fields}.',
    'dateInput.not_digits': 'The day, month and year are numbers only, for example 27 3 1958.',
    'dateInput.year_length': 'Please enter the year with 4 digits, for example 1958.',
  },
);
