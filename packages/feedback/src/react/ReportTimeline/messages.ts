// The history's words and the answer due date's, Vietnamese first, English second.
// Full keys `feedback.timeline.<key>` and `feedback.due.<key>`. Each step says what happened,
// in the words a citizen would use for it.
import { defineFeedbackMessages } from '../messages';

export const reportTimelineMessages = defineFeedbackMessages(
  'feedback.timeline.',
  {
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
  },
  {
    'event.sent': 'Report sent',
    'event.received': 'The office received the report',
    'event.in_progress': 'The unit in charge is handling it',
    'event.reopened': 'Reopened because the problem was not solved',
    'event.answered': 'The office answered',
    'event.closed': 'Report closed',
    'event.rejected': 'The office did not accept the report',
    current: 'Current step',
    reason: 'Reason: {note}',
    note: 'Note: {note}',
    empty: 'No steps yet.',
  },
);

export const answerDueMessages = defineFeedbackMessages(
  'feedback.due.',
  {
    left: 'còn {count} ngày làm việc',
    today: 'hạn trả lời là hôm nay',
    overdue: 'quá hạn {count} ngày làm việc',
    none: 'Chưa có hạn trả lời',
  },
  {
    left: '{count} working days left',
    today: 'due today',
    overdue: '{count} working days overdue',
    none: 'No answer date yet',
  },
);
