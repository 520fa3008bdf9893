// What a citizen reads when signing in or sharing data fails: what happened and what to do.
// Plain, polite and without a pronoun for the reader (GovMini's wording rule).
import type { AuthErrorCode } from '../core/types';

export const vi = {
  zalo_refused:
    'Zalo chưa cho phép chia sẻ thông tin này. Vui lòng bấm “Cho phép” khi Zalo hỏi, hoặc chọn cách khác.',
  consent_required:
    'Để dùng dịch vụ, cần đồng ý các mục bắt buộc. Vui lòng đọc lại và chọn “Đồng ý”, hoặc quay lại sau.',
  invalid_token: 'Chưa xác minh được tài khoản Zalo. Vui lòng đăng nhập lại.',
  token_reused: 'Yêu cầu này đã được dùng rồi. Vui lòng thử lại từ đầu.',
  token_expired: 'Yêu cầu đã quá thời gian chờ. Vui lòng thử lại.',
  session_expired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  offline: 'Điện thoại đang mất mạng hoặc mạng chậm. Vui lòng kiểm tra kết nối rồi thử lại.',
  server: 'Hệ thống của cơ quan đang bận hoặc gặp sự cố. Vui lòng thử lại sau ít phút.',
  unknown: 'Đã có lỗi xảy ra. Vui lòng thử lại sau ít phút.',
} as const satisfies Record<AuthErrorCode, string>;
