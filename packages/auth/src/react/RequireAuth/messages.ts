// This screen's words in Vietnamese; their English is in src/locales/en.ts, loaded on demand.
// Full keys are `auth.<ns>.<key>`; an app overrides any of them through <GovMiniProvider messages>.
import { defineAuthMessages } from '../../locales/pack';

export const requireAuthMessages = /* @__PURE__ */ defineAuthMessages('auth.require.', {
  checking: 'Đang kiểm tra đăng nhập…',
});
