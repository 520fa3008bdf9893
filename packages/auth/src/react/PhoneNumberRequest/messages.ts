// This screen's words in Vietnamese; their English is in src/locales/en.ts, loaded on demand.
// Full keys are `auth.<ns>.<key>`; an app overrides any of them through <GovMiniProvider messages>.
import { defineAuthMessages } from '../../locales/pack';

export const phoneMessages = /* @__PURE__ */ defineAuthMessages('auth.phone.', {
  explainTitle: 'Vì sao cần số điện thoại',
  explainNext:
    'Sau khi chạm “Tiếp tục”, Zalo sẽ hỏi có cho phép chia sẻ số điện thoại không. Số điện thoại chỉ được gửi đến hệ thống của tỉnh.',
  continue: 'Tiếp tục',
  typeInstead: 'Tự nhập số điện thoại',
  working: 'Đang lấy số điện thoại từ Zalo…',
  fallbackTitle: 'Nhập số điện thoại',
  refused: 'Số điện thoại chưa được chia sẻ qua Zalo. Vui lòng nhập số bên dưới.',
  failed: 'Chưa lấy được số điện thoại từ Zalo. Vui lòng nhập số bên dưới.',
  label: 'Số điện thoại di động',
  hint: 'Ví dụ: 0912 345 678. Số tự nhập sẽ được xác minh sau, ví dụ bằng tin nhắn hoặc cuộc gọi.',
  submit: 'Xác nhận số điện thoại',
  missing: 'Vui lòng nhập số điện thoại',
  retry: 'Thử lại với Zalo',
  done: 'Đã nhận số điện thoại {phone}.',
});
