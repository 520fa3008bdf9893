// The rating's words, in Vietnamese (English: src/locales/en.ts). Full keys
// `feedback.rating.<key>`.
// The three levels are the national portal's (RẤT HÀI LÒNG / HÀI LÒNG / KHÔNG HÀI LÒNG), in
// sentence case: capitals are harder to read.
import { defineFeedbackMessages } from '../messages';

export const reportRatingMessages = /* @__PURE__ */ defineFeedbackMessages('feedback.rating.', {
  title: 'Đánh giá câu trả lời',
  intro: 'Ý kiến giúp cơ quan trả lời tốt hơn. Mỗi phản ánh chỉ được đánh giá một lần.',
  question: 'Mức độ hài lòng với câu trả lời của cơ quan',
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  unsatisfied: 'Không hài lòng',
  comment: 'Ý kiến thêm',
  commentHint: 'Ví dụ: câu trả lời có rõ ràng không, có đúng vấn đề đã phản ánh không.',
  reason: 'Lý do không hài lòng',
  reasonHint: 'Vui lòng nêu cụ thể điều chưa tốt để cơ quan xem lại.',
  send: 'Gửi đánh giá',
  chooseLevel: 'Vui lòng chọn mức độ hài lòng.',
  reasonRequired: 'Vui lòng nhập lý do không hài lòng.',
  tooLong: 'Ý kiến dài hơn {max} ký tự. Vui lòng rút gọn bớt {over} ký tự.',
  sendFailed: 'Chưa gửi được đánh giá',
  thanks: 'Cảm ơn đã đánh giá.',
  given: 'Đã đánh giá: {level}',
  givenComment: 'Ý kiến: {comment}',
  givenOn: 'Gửi lúc {time}.',
});
