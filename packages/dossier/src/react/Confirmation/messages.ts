import { defineDossierMessages } from '../messages';

export const confirmationMessages = defineDossierMessages(
  'dossier.confirmation.',
  {
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
    myDossiers: 'Xem hồ sơ của tôi',
    view: 'Xem chi tiết hồ sơ',
    queuedTitle: 'Hồ sơ đang chờ gửi',
    queued:
      'Điện thoại đang không có mạng nên hồ sơ chưa gửi được. Hồ sơ đã được lưu trên điện thoại và sẽ tự gửi khi có mạng trở lại; không cần nộp lại.',
    queuedRetry: 'Thử gửi lại ngay',
    sending: 'Đang gửi hồ sơ…',
  },
  {
    title: 'Application sent',
    codeLabel: 'Application code',
    copy: 'Copy the code',
    copied: 'Application code copied.',
    copyFailed: 'It could not be copied. Please write the code down.',
    keepCode: 'Please keep this code to look up the application.',
    qr: 'QR code of application code {code}. Show it to the officer when collecting the result.',
    qrCaption: 'Show this QR code to the officer when collecting the result.',
    due: 'Expected result date',
    dueNote:
      'Weekends, public holidays and Tết are not counted. The official date is on the receipt.',
    sameDay: 'The same day',
    next: 'What happens next',
    myDossiers: 'See my applications',
    view: 'See this application',
    queuedTitle: 'Application waiting to be sent',
    queued:
      'The phone is offline, so the application has not been sent yet. It is saved on the phone and will be sent as soon as the connection is back; there is no need to apply again.',
    queuedRetry: 'Try sending now',
    sending: 'Sending the application…',
  },
);
