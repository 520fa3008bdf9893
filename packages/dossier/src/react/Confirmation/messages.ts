import { defineDossierMessages } from '../messages';

export const confirmationMessages = /* @__PURE__ */ defineDossierMessages('dossier.confirmation.', {
  title: 'Đã gửi hồ sơ',
  codeLabel: 'Mã hồ sơ',
  copy: 'Sao chép mã',
  copied: 'Đã sao chép mã hồ sơ.',
  copyFailed: 'Chưa sao chép được. Vui lòng ghi lại mã hồ sơ.',
  keepCode: 'Vui lòng ghi lại mã này để tra cứu tình trạng hồ sơ.',
  qr: 'Mã QR của mã hồ sơ {code}. Đưa mã này cho cán bộ khi đến nhận kết quả.',
  qrCaption: 'Đưa mã QR này cho cán bộ khi đến nhận kết quả.',
  due: 'Ngày hẹn trả kết quả dự kiến',
  dueNote:
    'Đã trừ ngày nghỉ cuối tuần và ngày lễ, Tết. Ngày chính thức ghi trên giấy tiếp nhận hồ sơ.',
  sameDay: 'Trong ngày',
  next: 'Các bước tiếp theo',
  feeTitle: 'Cần nộp lệ phí',
  fee: 'Hồ sơ cần nộp {amount} lệ phí. Có thể chuyển khoản ngay bằng mã QR trong trang chi tiết hồ sơ.',
  pay: 'Nộp lệ phí',
  myDossiers: 'Xem hồ sơ của tôi',
  view: 'Xem chi tiết hồ sơ',
  queuedTitle: 'Hồ sơ đang chờ gửi',
  queued:
    'Điện thoại đang không có mạng nên hồ sơ chưa gửi được. Hồ sơ đã được lưu trên điện thoại và sẽ tự gửi khi có mạng trở lại; không cần nộp lại.',
  queuedRetry: 'Thử gửi lại ngay',
  sending: 'Đang gửi hồ sơ…',
});
