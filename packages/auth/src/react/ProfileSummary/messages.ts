// This screen's words, Vietnamese first, English second. Full keys are `auth.<ns>.<key>`:
// an app overrides any of them through <GovMiniProvider messages={{ 'auth.…': '…' }}>.
import { defineAuthMessages } from '../messages';

export const profileMessages = defineAuthMessages(
  'auth.profile.',
  {
    title: 'Thông tin tài khoản',
    name: 'Họ và tên',
    phone: 'Số điện thoại',
    cccd: 'Số CCCD',
    masked: 'đã che một phần, tận cùng là {last}',
    notSignedIn: 'Chưa đăng nhập.',
  },
  {
    title: 'Account details',
    name: 'Full name',
    phone: 'Phone number',
    cccd: 'Citizen ID (CCCD)',
    masked: 'partly hidden, ending in {last}',
    notSignedIn: 'Not signed in.',
  },
);
