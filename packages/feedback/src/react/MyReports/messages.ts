// The list's words, Vietnamese first, English second. Full keys `feedback.myReports.<key>`.
import { defineFeedbackMessages } from '../messages';

export const myReportsMessages = defineFeedbackMessages(
  'feedback.myReports.',
  {
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
  },
  {
    title: 'My reports',
    loading: 'Loading the list of reports…',
    errorTitle: 'The list of reports could not be loaded',
    emptyTitle: 'No reports yet',
    emptyBody:
      'Reports sent, and reports joined with “Me too”, appear here, so their answers can be followed.',
    count: '{count} reports.',
    code: 'Report code',
    sent: 'Sent on',
    due: 'Answer due',
    supporter: 'Also affected (“Me too”)',
  },
);
