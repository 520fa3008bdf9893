import { defineFeedbackMessages } from '../messages';

export const categoryPickerMessages = /* @__PURE__ */ defineFeedbackMessages('feedback.category.', {
  label: 'Vấn đề cần phản ánh thuộc loại nào?',
  hint: 'Chọn loại gần đúng nhất; cơ quan sẽ chuyển đúng nơi nếu cần.',
  agency: 'Cơ quan xử lý: {agency}.',
  answerDays: 'Thời hạn trả lời: {days} ngày làm việc.',
  loading: 'Đang tải danh sách loại vấn đề…',
  loadFailed: 'Chưa tải được danh sách loại vấn đề. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  retry: 'Tải lại danh sách',
  empty:
    'Tỉnh chưa cấu hình loại vấn đề nào. Vui lòng liên hệ cơ quan qua số điện thoại đường dây nóng.',
});
