// The list's words, in Vietnamese (English: src/locales/en.ts). Full keys
// `feedback.myReports.<key>`.
import { defineFeedbackMessages } from '../messages';

export const myReportsMessages = /* @__PURE__ */ defineFeedbackMessages('feedback.myReports.', {
  title: 'Phản ánh của tôi',
  loading: 'Đang tải danh sách phản ánh…',
  errorTitle: 'Chưa tải được danh sách phản ánh',
  emptyTitle: 'Chưa có phản ánh nào',
  emptyBody:
    'Phản ánh đã gửi, và phản ánh đã bấm “Tôi cũng gặp”, sẽ hiện ở đây để theo dõi câu trả lời.',
  count: 'Có {count} phản ánh.',
  code: 'Mã phản ánh',
  sent: 'Ngày gửi',
  due: 'Hạn trả lời',
  supporter: 'Cùng gặp (đã bấm “Tôi cũng gặp”)',
});
