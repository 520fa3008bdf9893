// The public report screen's own words (the rest are the report screen's). Full keys
// `feedback.publicDetail.<key>`.
import { defineFeedbackMessages } from '../messages';

export const publicReportDetailMessages = /* @__PURE__ */ defineFeedbackMessages(
  'feedback.publicDetail.',
  {
    back: 'Quay lại danh sách phản ánh',
    supporters: '{count} người cũng gặp vấn đề này.',
    supportersNone: 'Chưa có ai khác báo cùng gặp vấn đề này.',
  },
);
