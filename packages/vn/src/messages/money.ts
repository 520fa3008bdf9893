// Messages for money. Keys are `money.<error code>`. Plain words: what is wrong, what to do.
const vi = {
  'money.empty': 'Vui lòng nhập số tiền, ví dụ 150.000.',
  'money.format':
    'Không đọc được số tiền này. Vui lòng ghi bằng chữ số, ví dụ 1.500.000 hoặc 1,5 triệu.',
  'money.negative': 'Số tiền không được là số âm. Vui lòng bỏ dấu trừ (-) ở đầu.',
  'money.too_large': 'Số tiền quá lớn. Vui lòng kiểm tra xem có thừa chữ số nào không.',
  'money.fraction':
    'Tiền Việt Nam không có số lẻ dưới 1 đồng. Vui lòng ghi số đồng chẵn, ví dụ 1.234 chứ không phải 1.234,5.',
} as const;

export const moneyMessages = {
  domain: 'money',
  vi,
  en: {
    'money.empty': 'Please enter an amount, for example 150,000.',
    'money.format':
      'We could not read this amount. Please write it in digits, for example 1,500,000 or 1.5 triệu.',
    'money.negative': 'The amount cannot be negative. Please remove the minus sign (-).',
    'money.too_large': 'This amount is too large. Please check for extra digits.',
    'money.fraction':
      'The Vietnamese đồng has no smaller unit. Please enter a whole number, for example 1,234 rather than 1,234.5.',
  } satisfies Record<keyof typeof vi, string>,
};
