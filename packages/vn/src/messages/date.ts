// Messages for date. Keys are `date.<error code>`. Plain words: what is wrong, what to do.
const vi = {
  'date.empty': 'Vui lòng nhập ngày, ví dụ 05/01/2025.',
  'date.format':
    'Không đọc được ngày này. Vui lòng ghi theo thứ tự ngày/tháng/năm, ví dụ 05/01/2025.',
  'date.short_year': 'Vui lòng ghi năm đủ 4 chữ số, ví dụ 05/01/1965 chứ không phải 05/01/65.',
  'date.invalid_date':
    'Không có ngày {day} tháng {month} năm {year} trên lịch. Vui lòng kiểm tra lại ngày và tháng.',
  'date.before_min':
    'Ngày này không được trước ngày {min}. Vui lòng chọn ngày {min} hoặc muộn hơn.',
  'date.after_max': 'Ngày này không được sau ngày {max}. Vui lòng chọn ngày {max} hoặc sớm hơn.',
} as const;

export const dateMessages = {
  domain: 'date',
  vi,
  en: {
    'date.empty': 'Please enter a date, for example 05/01/2025 (day/month/year).',
    'date.format':
      'We could not read this date. Please write it as day/month/year, for example 05/01/2025.',
    'date.short_year':
      'Please write the year with all 4 digits, for example 05/01/1965, not 05/01/65.',
    'date.invalid_date':
      'Day {day} of month {month} in {year} does not exist. Please check the day and the month.',
    'date.before_min': 'The date cannot be before {min}. Please choose {min} or later.',
    'date.after_max': 'The date cannot be after {max}. Please choose {max} or earlier.',
  } satisfies Record<keyof typeof vi, string>,
};
