// Messages for phone. Keys are `phone.<error code>`. Plain words: what is wrong, what to do.
const vi = {
  'phone.empty': 'Vui lòng nhập số điện thoại.',
  'phone.not_digits':
    'Số điện thoại chỉ gồm các chữ số, ví dụ 0912 345 678. Vui lòng xóa chữ cái và ký hiệu khác.',
  'phone.too_short':
    'Số điện thoại còn thiếu chữ số. Số di động có 10 chữ số, ví dụ 0912 345 678. Số máy bàn có 11 chữ số, ví dụ 024 3123 4567.',
  'phone.too_long':
    'Số điện thoại bị thừa chữ số. Số di động có 10 chữ số, ví dụ 0912 345 678. Số máy bàn có 11 chữ số, ví dụ 024 3123 4567.',
  'phone.old_prefix':
    'Số điện thoại này dùng đầu số cũ {oldPrefix}. Từ năm 2018 đầu số này đã đổi thành {newPrefix}: số mới là {number}.',
  'phone.invalid': 'Số điện thoại này không đúng. Vui lòng kiểm tra lại đầu số và từng chữ số.',
  'phone.not_vietnamese':
    'Đây là số điện thoại nước ngoài. Vui lòng nhập số điện thoại Việt Nam, ví dụ 0912 345 678.',
} as const;

export const phoneMessages = {
  domain: 'phone',
  vi,
  en: {
    'phone.empty': 'Please enter a phone number.',
    'phone.not_digits':
      'A phone number has only digits, for example 0912 345 678. Please remove letters and other symbols.',
    'phone.too_short':
      'This phone number is missing digits. A mobile number has 10 digits, for example 0912 345 678. A landline number has 11 digits, for example 024 3123 4567.',
    'phone.too_long':
      'This phone number has too many digits. A mobile number has 10 digits, for example 0912 345 678. A landline number has 11 digits, for example 024 3123 4567.',
    'phone.old_prefix':
      'This phone number uses the old prefix {oldPrefix}. In 2018 that prefix changed to {newPrefix}: the new number is {number}.',
    'phone.invalid': 'This phone number is not correct. Please check the prefix and each digit.',
    'phone.not_vietnamese':
      'This is a foreign phone number. Please enter a Vietnamese number, for example 0912 345 678.',
  } satisfies Record<keyof typeof vi, string>,
};
