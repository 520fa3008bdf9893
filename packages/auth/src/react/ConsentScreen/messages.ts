// This screen's words in Vietnamese; their English is in src/locales/en.ts, loaded on demand.
// Full keys are `auth.<ns>.<key>`; an app overrides any of them through <GovMiniProvider messages>.
import { defineAuthMessages } from '../../locales/pack';

export const consentMessages = /* @__PURE__ */ defineAuthMessages('auth.consent.', {
  title: 'Đồng ý sử dụng dữ liệu cá nhân',
  lead: 'Vui lòng đọc từng mục rồi chọn “Đồng ý” hoặc “Không đồng ý”. Mục chưa chọn không được tính là đồng ý.',
  requiredHeading: 'Bắt buộc để dùng dịch vụ',
  requiredHint: 'Thiếu các mục này thì dịch vụ không xử lý được hồ sơ.',
  optionalHeading: 'Không bắt buộc',
  optionalHint:
    'Không đồng ý thì vẫn dùng được dịch vụ. Mục đã đồng ý có thể rút lại bất cứ lúc nào.',
  question: 'Có đồng ý với mục “{title}” không?',
  grant: 'Đồng ý',
  refuse: 'Không đồng ý',
  submit: 'Xác nhận lựa chọn',
  cancel: 'Không dùng dịch vụ lúc này',
  undecided: 'Vui lòng chọn “Đồng ý” hoặc “Không đồng ý” cho mục “{title}”',
  requiredRefused:
    'Không thể dùng dịch vụ khi không đồng ý mục “{title}”. Vui lòng chọn “Đồng ý” để tiếp tục',
  requiredHelp:
    'Các mục bắt buộc là dữ liệu tối thiểu để cơ quan nhà nước xử lý hồ sơ. Nếu không muốn chia sẻ, vẫn có thể làm thủ tục trực tiếp tại bộ phận một cửa; khi đó, vui lòng chọn “Không dùng dịch vụ lúc này”.',
  empty: 'Không có mục nào cần đồng ý.',
});

export const purposeMessages = /* @__PURE__ */ defineAuthMessages('auth.consent.', {
  data: 'Dữ liệu được dùng',
  why: 'Để làm gì',
  processor: 'Cơ quan xử lý',
  retention: 'Thời gian lưu giữ',
});
