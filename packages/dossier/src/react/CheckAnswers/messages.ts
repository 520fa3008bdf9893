import { defineDossierMessages } from '../messages';

export const checkAnswersMessages = /* @__PURE__ */ defineDossierMessages('dossier.check.', {
  title: 'Kiểm tra lại thông tin trước khi gửi',
  lead: 'Vui lòng xem lại từng mục. Bấm “Thay đổi” để sửa; sửa xong sẽ quay lại trang này.',
  change: 'Thay đổi',
  onBehalf: 'Người nộp hồ sơ',
  forWhom: 'Nộp cho',
  self: 'Bản thân',
  other: 'Nộp thay: {relationship}',
  filer: 'Người nộp',
  delivery: 'Cách nhận kết quả',
  fee: 'Lệ phí',
  item: '{label}: {value}',
  continue: 'Tiếp tục',
  back: 'Quay lại',
  'delivery.in_person': 'Nhận trực tiếp tại nơi nộp hồ sơ',
  'delivery.online': 'Nhận bản điện tử trong ứng dụng',
  'delivery.post': 'Nhận qua bưu điện',
});
