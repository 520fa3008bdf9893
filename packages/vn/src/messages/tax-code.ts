// Messages for taxCode. Keys are `taxCode.<error code>`. Plain words: what is wrong, what to do.
const vi = {
  'taxCode.empty': 'Vui lòng nhập mã số thuế (10 chữ số, chi nhánh thêm 3 số: 0314409058-002).',
  'taxCode.not_digits':
    'Mã số thuế chỉ gồm chữ số (chi nhánh có thêm dấu gạch ngang). Vui lòng kiểm tra lại.',
  'taxCode.length':
    'Mã số thuế có 10 chữ số (chi nhánh 13), số vừa nhập có {count}. Vui lòng kiểm tra lại.',
  'taxCode.checksum':
    'Mã số thuế không đúng, có thể nhập nhầm một số. Vui lòng đối chiếu với giấy tờ thuế.',
  'taxCode.invalid_sequence':
    'Mã số thuế không đúng (số thứ 3 đến thứ 9 không thể đều là 0). Vui lòng kiểm tra lại.',
  'taxCode.invalid_branch':
    'Ba số cuối của mã chi nhánh phải từ 001 đến 999. Vui lòng kiểm tra lại.',
} as const;

export const taxCodeMessages = {
  domain: 'taxCode',
  vi,
  en: {
    'taxCode.empty': 'Please enter the tax code (10 digits; a branch adds 3: 0314409058-002).',
    'taxCode.not_digits': 'A tax code has digits only (and a dash for a branch). Please check it.',
    'taxCode.length':
      'A tax code has 10 digits (13 for a branch); you entered {count}. Please check it.',
    'taxCode.checksum':
      'This tax code is not valid; a digit may be mistyped. Please compare it with the tax papers.',
    'taxCode.invalid_sequence':
      'This tax code is not valid (digits 3 to 9 cannot all be 0). Please check it.',
    'taxCode.invalid_branch':
      'The last 3 digits of a branch code must be 001 to 999. Please check them.',
  } satisfies Record<keyof typeof vi, string>,
};
