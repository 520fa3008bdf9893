// Messages for plate. Keys are `plate.<error code>`. Plain words: what is wrong, what to do.
const vi = {
  'plate.empty': 'Vui lòng nhập biển số xe, ví dụ 51A-123.45 hoặc 29-B1 123.45.',
  'plate.invalid':
    'Biển số chưa đúng: 2 số đầu, rồi chữ cái và dãy số, ví dụ 51A-123.45. Vui lòng kiểm tra lại.',
  'plate.unrecognised':
    'Không nhận ra biển số {normalized}. Nếu đúng như trên biển xe thì vẫn có thể tiếp tục.',
} as const;

export const plateMessages = {
  domain: 'plate',
  vi,
  en: {
    'plate.empty': 'Please enter the licence plate, e.g. 51A-123.45 or 29-B1 123.45.',
    'plate.invalid':
      'This plate is not right: 2 digits, then letters and a number, e.g. 51A-123.45. Please check it.',
    'plate.unrecognised':
      'We do not recognise the plate {normalized}. If it is exactly as on the vehicle, you can continue.',
  } satisfies Record<keyof typeof vi, string>,
};
