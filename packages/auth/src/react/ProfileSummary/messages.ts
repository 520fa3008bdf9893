// This screen's words in Vietnamese; their English is in src/locales/en.ts, loaded on demand.
// Full keys are `auth.<ns>.<key>`; an app overrides any of them through <GovMiniProvider messages>.
import { defineAuthMessages } from '../../locales/pack';

export const profileMessages = /* @__PURE__ */ defineAuthMessages('auth.profile.', {
  title: 'Thông tin tài khoản',
  name: 'Họ và tên',
  phone: 'Số điện thoại',
  cccd: 'Số CCCD',
  masked: 'đã che một phần, tận cùng là {last}',
  notSignedIn: 'Chưa đăng nhập.',
});
