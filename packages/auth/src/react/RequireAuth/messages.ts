// This screen's words, Vietnamese first, English second. Full keys are `auth.<ns>.<key>`:
// an app overrides any of them through <GovMiniProvider messages={{ 'auth.…': '…' }}>.
import { defineAuthMessages } from '../messages';

export const requireAuthMessages = defineAuthMessages(
  'auth.require.',
  {
    checking: 'Đang kiểm tra đăng nhập…',
  },
  {
    checking: 'Checking sign-in…',
  },
);
