// The history's words and the answer due date's, in Vietnamese (English: src/locales/en.ts).
// Full keys `feedback.timeline.<key>` and `feedback.due.<key>`. Each step says what happened,
// in the words a citizen would use for it.
import { defineFeedbackMessages } from '../messages';

export const reportTimelineMessages = /* @__PURE__ */ defineFeedbackMessages('feedback.timeline.', {
  'event.sent': 'Đã gửi phản ánh',
  'event.received': 'Cơ quan đã tiếp nhận phản ánh',
  'event.in_progress': 'Đơn vị phụ trách đang xử lý',
  'event.reopened': 'Phản ánh được mở lại vì vấn đề chưa được giải quyết',
  'event.answered': 'Cơ quan đã trả lời',
  'event.closed': 'Phản ánh đã đóng',
  'event.rejected': 'Cơ quan không tiếp nhận phản ánh',
  current: 'Bước hiện tại',
  reason: 'Lý do: {note}',
  note: 'Ghi chú: {note}',
  empty: 'Chưa có bước nào.',
});

export const answerDueMessages = /* @__PURE__ */ defineFeedbackMessages('feedback.due.', {
  left: 'còn {count} ngày làm việc',
  today: 'hạn trả lời là hôm nay',
  overdue: 'quá hạn {count} ngày làm việc',
  none: 'Chưa có hạn trả lời',
});
