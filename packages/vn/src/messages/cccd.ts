// Messages for cccd. Keys are `cccd.<error code>`. Plain words: what is wrong, what to do.
const vi = {
  'cccd.empty': 'Vui lòng nhập số căn cước (12 chữ số in trên thẻ).',
  'cccd.not_digits': 'Số căn cước chỉ gồm chữ số. Vui lòng xóa chữ cái và ký hiệu khác.',
  'cccd.length':
    'Số CCCD phải có đủ 12 chữ số, số vừa nhập có {count}. Vui lòng kiểm tra lại trên thẻ căn cước.',
  'cccd.old_cmnd':
    'Đây là số chứng minh nhân dân cũ, đã hết hạn. Vui lòng nhập số 12 chữ số trên thẻ căn cước.',
  'cccd.unknown_province':
    'Ba số đầu ({code}) không phải mã tỉnh nào. Vui lòng đối chiếu từng số trên thẻ căn cước.',
  'cccd.future_birth_year':
    'Số này ứng với năm sinh {year}, là năm chưa tới. Có lẽ nhập nhầm một số, vui lòng kiểm tra lại.',
  'cccd.birth_year_mismatch':
    'Năm sinh {actual} không khớp với số CCCD (năm {expected}). Vui lòng kiểm tra lại một trong hai.',
  'cccd.sex_mismatch':
    'Giới tính không khớp với số CCCD. Vui lòng kiểm tra lại giới tính hoặc số CCCD.',
} as const;

export const cccdMessages = {
  domain: 'cccd',
  vi,
  en: {
    'cccd.empty': 'Please enter the ID number (12 digits, printed on the card).',
    'cccd.not_digits': 'The ID number has digits only. Please remove letters and other symbols.',
    'cccd.length': 'The ID number has 12 digits; you entered {count}. Please check it on the card.',
    'cccd.old_cmnd':
      'This is an old, expired identity card (CMND) number. Please enter the 12-digit number on the citizen ID card.',
    'cccd.unknown_province':
      'The first three digits ({code}) are not a province code. Please check each digit on the card.',
    'cccd.future_birth_year':
      'This number gives the birth year {year}, which has not come yet. A digit may be mistyped; please check it.',
    'cccd.birth_year_mismatch':
      'The birth year {actual} does not match the ID number (year {expected}). Please check one of them.',
    'cccd.sex_mismatch':
      'The sex does not match the ID number. Please check the sex or the number.',
  } satisfies Record<keyof typeof vi, string>,
};
