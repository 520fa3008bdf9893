// The public report screen's own words (the rest are the report screen's). Full keys
// `feedback.publicDetail.<key>`.
import { defineFeedbackMessages } from '../messages';

export const publicReportDetailMessages = defineFeedbackMessages(
  'feedback.publicDetail.',
  {
    back: 'Quay lại danh sách phản ánh',
    supporters: '{count} người cũng gặp vấn đề này.',
    supportersNone: 'Chưa có ai khác báo cùng gặp vấn đề này.',
  },
  {
    back: 'Back to the list of reports',
    supporters: '{count} other people have the same problem.',
    supportersNone: 'Nobody else has said they have this problem yet.',
  },
);
