// This screen's words in Vietnamese; their English is in src/locales/en.ts, loaded on demand.
// Full keys are `auth.<ns>.<key>`; an app overrides any of them through <GovMiniProvider messages>.
import { defineAuthMessages } from '../../locales/pack';

export const signInMessages = /* @__PURE__ */ defineAuthMessages('auth.signIn.', {
  title: 'Đăng nhập',
  lead: 'Dùng ngay tài khoản Zalo, không cần tạo tài khoản mới.',
  nextTitle: 'Sau khi chạm nút “Đăng nhập bằng Zalo”:',
  step1: 'Ứng dụng xác nhận tài khoản Zalo với hệ thống của tỉnh. Mật khẩu Zalo không được gửi đi.',
  step2:
    'Màn hình tiếp theo nêu rõ từng mục dữ liệu cá nhân sẽ được dùng, để chọn “Đồng ý” hoặc “Không đồng ý”.',
  step3: 'Có thể xem lại các lựa chọn và đăng xuất bất cứ lúc nào.',
  button: 'Đăng nhập bằng Zalo',
  working: 'Đang đăng nhập…',
  expiredTitle: 'Cần đăng nhập lại',
  expired:
    'Phiên đăng nhập đã hết hạn để bảo vệ thông tin. Vui lòng đăng nhập lại; những gì đã nhập vẫn được giữ.',
  errorTitle: 'Chưa đăng nhập được',
});
