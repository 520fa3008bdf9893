// This screen's words in Vietnamese; their English is in src/locales/en.ts, loaded on demand.
// Full keys are `auth.<ns>.<key>`; an app overrides any of them through <GovMiniProvider messages>.
import { defineAuthMessages } from '../../locales/pack';

export const locationMessages = /* @__PURE__ */ defineAuthMessages('auth.location.', {
  explainTitle: 'Vì sao cần vị trí',
  explainNext:
    'Sau khi chạm “Tiếp tục”, Zalo sẽ hỏi có cho phép chia sẻ vị trí hiện tại không. Vị trí chỉ được gửi đến hệ thống của tỉnh.',
  continue: 'Tiếp tục',
  typeInstead: 'Tự chọn địa chỉ',
  working: 'Đang lấy vị trí từ Zalo…',
  fallbackTitle: 'Chọn địa chỉ',
  refused: 'Vị trí chưa được chia sẻ qua Zalo. Vui lòng chọn địa chỉ bên dưới.',
  failed: 'Chưa lấy được vị trí từ Zalo. Vui lòng chọn địa chỉ bên dưới.',
  label: 'Địa chỉ',
  submit: 'Xác nhận địa chỉ',
  missing: 'Vui lòng chọn tỉnh hoặc thành phố',
  retry: 'Thử lại với Zalo',
  done: 'Đã nhận vị trí.',
});
