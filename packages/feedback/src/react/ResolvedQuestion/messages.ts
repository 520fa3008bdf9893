// The "Đã được giải quyết chưa?" question's words, in Vietnamese (English:
// src/locales/en.ts).
// Full keys `feedback.resolved.<key>`. "Chưa giải quyết" reopens the report: that is said
// before the button, and the button says it too.
import { defineFeedbackMessages } from '../messages';

export const resolvedQuestionMessages = /* @__PURE__ */ defineFeedbackMessages(
  'feedback.resolved.',
  {
    title: 'Đã được giải quyết chưa?',
    question: 'Sau câu trả lời của cơ quan, vấn đề đã được giải quyết chưa?',
    yes: 'Đã giải quyết',
    no: 'Chưa giải quyết',
    noHint: 'Phản ánh sẽ được mở lại để cơ quan xử lý tiếp.',
    reopenBody:
      'Phản ánh quay về trạng thái “Đang xử lý” và được chuyển lại cho đơn vị phụ trách. Khi có câu trả lời mới, thông tin sẽ được cập nhật tại đây.',
    comment: 'Ý kiến thêm',
    commentHint: 'Ví dụ: ổ gà đã được lấp nhưng lại sụt lún sau mưa.',
    noCommentHint: 'Vui lòng cho biết vấn đề còn tồn tại thế nào để cơ quan xử lý đúng chỗ.',
    send: 'Gửi xác nhận',
    sendReopen: 'Gửi và mở lại phản ánh',
    choose: 'Vui lòng chọn vấn đề đã được giải quyết hay chưa.',
    tooLong: 'Ý kiến dài hơn {max} ký tự. Vui lòng rút gọn bớt {over} ký tự.',
    sendFailed: 'Chưa gửi được xác nhận',
    givenYes: 'Đã xác nhận vấn đề đã được giải quyết. Cảm ơn đã cho biết.',
    givenNo: 'Đã báo vấn đề chưa được giải quyết; phản ánh đã được mở lại để cơ quan xử lý tiếp.',
    givenComment: 'Ý kiến: {comment}',
    givenOn: 'Gửi lúc {time}.',
  },
);
