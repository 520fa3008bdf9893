// Messages for VietQR. Keys are `vietqr.<error code>`. Reading a code (parseVietQr) and making one
// (buildVietQr) share this catalogue. Plain words: what is wrong, what to do.
const vi = {
  'vietqr.empty': 'Không có nội dung mã QR. Vui lòng quét lại mã.',
  'vietqr.characters':
    'Mã QR có ký tự không dùng trong mã VietQR. Vui lòng quét lại, hoặc xin mã mới từ nơi nhận tiền.',
  'vietqr.format':
    'Mã QR này không đọc được theo chuẩn VietQR, có thể bị cắt hoặc hỏng một phần. Vui lòng quét lại, hoặc xin mã mới từ nơi nhận tiền.',
  'vietqr.checksum':
    'Mã QR bị sai ở đâu đó (số kiểm tra không khớp), có thể do in mờ hoặc chép nhầm. Vui lòng quét lại, hoặc xin mã mới từ nơi nhận tiền.',
  'vietqr.duplicate_field':
    'Mã QR có thông tin bị lặp (trường {field}) nên không dùng được. Vui lòng xin mã mới từ nơi nhận tiền.',
  'vietqr.missing_field':
    'Mã QR thiếu thông tin bắt buộc (trường {field}). Vui lòng xin mã mới từ nơi nhận tiền.',
  'vietqr.unknown_field':
    'Mã QR có thông tin lạ trong phần tài khoản nhận (trường {field}). Không nên chuyển tiền theo mã này; vui lòng xin mã mới.',
  'vietqr.invalid_field':
    'Mã QR có thông tin sai dạng (trường {field}). Vui lòng xin mã mới từ nơi nhận tiền.',
  'vietqr.not_vietqr':
    'Đây không phải mã VietQR chuyển khoản ngân hàng. Vui lòng dùng mã VietQR do nơi nhận tiền cung cấp.',
  'vietqr.currency':
    'Mã QR này không tính bằng đồng Việt Nam (VND) nên không dùng được. Vui lòng xin mã VietQR bằng VND.',
  'vietqr.bank_bin': 'Mã ngân hàng (BIN) phải gồm đúng 6 chữ số, ví dụ 970436 của Vietcombank.',
  'vietqr.unknown_bank':
    'Không có ngân hàng nào mang mã {bin} trong danh sách VietQR. Vui lòng kiểm tra lại mã ngân hàng.',
  'vietqr.account_number':
    'Số tài khoản nhận tiền chỉ gồm chữ số và chữ cái không dấu, từ 1 đến 19 ký tự. Vui lòng kiểm tra lại.',
  'vietqr.card_number': 'Số thẻ nhận tiền gồm từ 13 đến 19 chữ số. Vui lòng kiểm tra lại.',
  'vietqr.amount':
    'Số tiền phải là số đồng chẵn lớn hơn 0 và không quá 13 chữ số. Vui lòng kiểm tra lại.',
  'vietqr.purpose':
    'Nội dung chuyển khoản dài tối đa 25 ký tự, chỉ gồm chữ cái, chữ số và dấu cách (dấu tiếng Việt được bỏ tự động). Vui lòng rút gọn.',
  'vietqr.reference':
    'Mã tham chiếu dài tối đa 25 ký tự, chỉ gồm chữ cái không dấu, chữ số, dấu cách và các dấu . - /. Vui lòng kiểm tra lại.',
} as const;

export const vietQrMessages = {
  domain: 'vietqr',
  vi,
  en: {
    'vietqr.empty': 'The QR code is empty. Please scan it again.',
    'vietqr.characters':
      'The QR code has characters that a VietQR code never has. Please scan it again, or ask the payee for a new code.',
    'vietqr.format':
      'This QR code cannot be read as a VietQR code; it may be cut off or damaged. Please scan it again, or ask the payee for a new code.',
    'vietqr.checksum':
      'Something in the QR code is wrong (its check digits do not match), perhaps from a faded print or a copying slip. Please scan it again, or ask the payee for a new code.',
    'vietqr.duplicate_field':
      'The QR code repeats a field ({field}), so it cannot be used. Please ask the payee for a new code.',
    'vietqr.missing_field':
      'The QR code lacks a required field ({field}). Please ask the payee for a new code.',
    'vietqr.unknown_field':
      'The QR code has an unknown field in the receiving account ({field}). Do not pay with it; please ask for a new code.',
    'vietqr.invalid_field':
      'A field of the QR code is malformed ({field}). Please ask the payee for a new code.',
    'vietqr.not_vietqr':
      'This is not a VietQR bank-transfer code. Please use the VietQR code the payee gave you.',
    'vietqr.currency':
      'This QR code is not in Vietnamese đồng (VND), so it cannot be used. Please ask for a VietQR code in VND.',
    'vietqr.bank_bin':
      'The bank code (BIN) has exactly 6 digits, for example 970436 for Vietcombank.',
    'vietqr.unknown_bank':
      'No bank on the VietQR list has the code {bin}. Please check the bank code.',
    'vietqr.account_number':
      'The receiving account number has 1 to 19 digits or unaccented letters. Please check it.',
    'vietqr.card_number': 'The receiving card number has 13 to 19 digits. Please check it.',
    'vietqr.amount':
      'The amount must be a whole number of đồng above 0, at most 13 digits. Please check it.',
    'vietqr.purpose':
      'The transfer message is at most 25 characters of letters, digits and spaces (Vietnamese accents are removed for you). Please shorten it.',
    'vietqr.reference':
      'The reference is at most 25 characters of unaccented letters, digits, spaces and . - /. Please check it.',
  } satisfies Record<keyof typeof vi, string>,
};
