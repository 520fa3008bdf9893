// This screen's words, Vietnamese first, English second. Full keys are `auth.<ns>.<key>`:
// an app overrides any of them through <GovMiniProvider messages={{ 'auth.…': '…' }}>.
import { defineAuthMessages } from '../messages';

export const signInMessages = defineAuthMessages(
  'auth.signIn.',
  {
    title: 'Đăng nhập',
    lead: 'Dùng ngay tài khoản Zalo, không cần tạo tài khoản mới.',
    nextTitle: 'Sau khi chạm nút “Đăng nhập bằng Zalo”:',
    step1:
      'Ứng dụng xác nhận tài khoản Zalo với hệ thống của tỉnh. Mật khẩu Zalo không được gửi đi.',
    step2:
      'Màn hình tiếp theo nêu rõ từng mục dữ liệu cá nhân sẽ được dùng, để chọn “Đồng ý” hoặc “Không đồng ý”.',
    step3: 'Có thể xem lại các lựa chọn và đăng xuất bất cứ lúc nào.',
    button: 'Đăng nhập bằng Zalo',
    working: 'Đang đăng nhập…',
    expiredTitle: 'Cần đăng nhập lại',
    expired:
      'Phiên đăng nhập đã hết hạn để bảo vệ thông tin. Vui lòng đăng nhập lại; những gì đã nhập vẫn được giữ.',
    errorTitle: 'Chưa đăng nhập được',
  },
  {
    title: 'Sign in',
    lead: 'Use your Zalo account. No new account is needed.',
    nextTitle: 'After tapping “Sign in with Zalo”:',
    step1:
      'The app confirms your Zalo account with the province’s system. Your Zalo password is never sent.',
    step2:
      'The next screen lists each use of your personal data, so you can choose “Agree” or “Do not agree”.',
    step3: 'You can review your choices and sign out at any time.',
    button: 'Sign in with Zalo',
    working: 'Signing in…',
    expiredTitle: 'Please sign in again',
    expired:
      'Your session ended to protect your information. Please sign in again; what you entered is kept.',
    errorTitle: 'Could not sign in',
  },
);
