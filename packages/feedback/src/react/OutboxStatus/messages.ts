import { defineFeedbackMessages } from '../messages';

export const outboxStatusMessages = /* @__PURE__ */ defineFeedbackMessages('feedback.outbox.', {
  title: 'Phản ánh đang chờ gửi',
  empty: 'Không có phản ánh nào đang chờ gửi.',
  pending: 'Đang chờ gửi',
  sending: 'Đang gửi…',
  failed: 'Chưa gửi được',
  sent: 'Đã gửi',
  offline:
    'Điện thoại đang mất mạng. Phản ánh đã được lưu trên máy, ảnh đi kèm cũng vậy, và sẽ tự gửi khi có mạng.',
  waiting: 'Sẽ tự gửi lại sau ít phút.',
  photos: '{count} ảnh',
  createdAt: 'Tạo lúc {time}',
  code: 'Mã phản ánh: {code}',
  retry: 'Thử gửi lại ngay',
  retryFor: 'phản ánh tạo lúc {time}',
  remove: 'Xoá phản ánh chưa gửi này',
  confirmRemove: 'Xoá hẳn phản ánh này và ảnh đi kèm khỏi điện thoại? Phản ánh chưa đến cơ quan.',
  confirmYes: 'Xoá',
  confirmNo: 'Giữ lại',
  photo_missing:
    'Ảnh của phản ánh này đã bị xoá khỏi bộ nhớ điện thoại nên không gửi được. Vui lòng xoá phản ánh này rồi tạo lại với ảnh mới.',
});
