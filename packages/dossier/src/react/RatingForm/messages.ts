// The rating's words (Vietnamese; English in src/locales/en.ts).
// Full keys `dossier.rating.<key>`.
// The three levels are the national portal's (RẤT HÀI LÒNG / HÀI LÒNG / KHÔNG HÀI LÒNG), in
// sentence case: capitals are harder to read.
import { defineDossierMessages } from '../messages';

export const ratingFormMessages = /* @__PURE__ */ defineDossierMessages('dossier.rating.', {
  title: 'Đánh giá mức độ hài lòng',
  intro: 'Ý kiến giúp cơ quan phục vụ tốt hơn. Mỗi hồ sơ chỉ được đánh giá một lần.',
  question: 'Mức độ hài lòng với việc giải quyết hồ sơ',
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  unsatisfied: 'Không hài lòng',
  comment: 'Ý kiến thêm',
  commentHint: 'Ví dụ: thái độ của cán bộ, thời gian chờ, hướng dẫn có dễ hiểu không.',
  reason: 'Lý do không hài lòng',
  reasonHint: 'Vui lòng nêu cụ thể điều chưa tốt để cơ quan khắc phục.',
  send: 'Gửi đánh giá',
  chooseLevel: 'Vui lòng chọn mức độ hài lòng.',
  reasonRequired: 'Vui lòng nhập lý do không hài lòng.',
  tooLong: 'Ý kiến dài hơn {max} ký tự. Vui lòng rút gọn.',
  sendFailed: 'Chưa gửi được đánh giá',
  given: 'Đã đánh giá: {level}',
  givenOn: 'Gửi lúc {time}.',
  givenComment: 'Ý kiến: {comment}',
  thanks: 'Cảm ơn đã đánh giá.',
});
