// This screen's words, Vietnamese first, English second. Full keys are `auth.<ns>.<key>`:
// an app overrides any of them through <GovMiniProvider messages={{ 'auth.…': '…' }}>.
import { defineAuthMessages } from '../messages';

export const locationMessages = defineAuthMessages(
  'auth.location.',
  {
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
  },
  {
    explainTitle: 'Why your location is needed',
    explainNext:
      'After tapping “Continue”, Zalo will ask whether to share your current location. It is sent only to the province’s system.',
    continue: 'Continue',
    typeInstead: 'Choose the address instead',
    working: 'Getting your location from Zalo…',
    fallbackTitle: 'Choose the address',
    refused: 'The location was not shared through Zalo. Please choose the address below.',
    failed: 'Zalo could not give the location. Please choose the address below.',
    label: 'Address',
    submit: 'Confirm the address',
    missing: 'Please choose a province or city',
    retry: 'Try again with Zalo',
    done: 'Location received.',
  },
);
