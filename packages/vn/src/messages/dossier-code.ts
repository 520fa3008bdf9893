// Messages for dossierCode. Keys are `dossierCode.<error code>`. Plain words: what is wrong, what to do.
const vi = {
  'dossierCode.empty':
    'Vui lòng nhập mã hồ sơ in trên giấy hẹn trả kết quả, ví dụ 000.00.06.H56-231027-0361.',
  'dossierCode.format':
    'Mã hồ sơ chưa đúng dạng 000.00.06.H56-231027-0361. Vui lòng kiểm tra lại trên giấy hẹn.',
  'dossierCode.date':
    'Ngày nhận hồ sơ trong mã ({date}) không có thật. Vui lòng kiểm tra sáu số ở giữa (năm, tháng, ngày).',
} as const;

export const dossierCodeMessages = {
  domain: 'dossierCode',
  vi,
  en: {
    'dossierCode.empty':
      'Please enter the dossier code from the appointment slip, e.g. 000.00.06.H56-231027-0361.',
    'dossierCode.format':
      'The dossier code should look like 000.00.06.H56-231027-0361. Please check it on the slip.',
    'dossierCode.date':
      'The date in the code ({date}) is not a real date. Please check the six middle digits (year, month, day).',
  } satisfies Record<keyof typeof vi, string>,
};
