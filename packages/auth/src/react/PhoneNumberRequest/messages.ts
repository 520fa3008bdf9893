// This screen's words, Vietnamese first, English second. Full keys are `auth.<ns>.<key>`:
// an app overrides any of them through <GovMiniProvider messages={{ 'auth.…': '…' }}>.
import { defineAuthMessages } from '../messages';

export const phoneMessages = defineAuthMessages(
  'auth.phone.',
  {
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
  },
  {
    explainTitle: 'Why your phone number is needed',
    explainNext:
      'After tapping “Continue”, Zalo will ask whether to share your phone number. It is sent only to the province’s system.',
    continue: 'Continue',
    typeInstead: 'Type the number instead',
    working: 'Getting your phone number from Zalo…',
    fallbackTitle: 'Enter your phone number',
    refused: 'The phone number was not shared through Zalo. Please type it below.',
    failed: 'Zalo could not give the phone number. Please type it below.',
    label: 'Mobile phone number',
    hint: 'For example 0912 345 678. A typed number is checked later, for example by a text message or a call.',
    submit: 'Confirm the number',
    missing: 'Please enter your phone number',
    retry: 'Try again with Zalo',
    done: 'Phone number {phone} received.',
  },
);
