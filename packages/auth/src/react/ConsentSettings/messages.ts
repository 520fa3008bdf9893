// This screen's words in Vietnamese; their English is in src/locales/en.ts, loaded on demand.
// Full keys are `auth.<ns>.<key>`; an app overrides any of them through <GovMiniProvider messages>.
import { defineAuthMessages } from '../../locales/pack';

export const consentSettingsMessages = /* @__PURE__ */ defineAuthMessages('auth.settings.', {
  title: 'Dữ liệu cá nhân đã đồng ý',
  lead: 'Các mục dữ liệu cá nhân và lựa chọn đã được ghi nhận.',
  loading: 'Đang tải các lựa chọn…',
  loadError: 'Chưa tải được các lựa chọn.',
  retry: 'Thử lại',
  decision: 'Lựa chọn',
  granted: 'Đã đồng ý ngày {date}',
  refused: 'Không đồng ý ngày {date}',
  withdrawn: 'Đã rút lại ngày {date}',
  undecided: 'Chưa chọn',
  required: 'Bắt buộc',
  optional: 'Không bắt buộc',
  kind: 'Loại',
  requiredNote:
    'Mục bắt buộc chỉ rút lại được bằng cách ngừng dùng dịch vụ: đăng xuất, rồi liên hệ UBND tỉnh để đề nghị xoá dữ liệu.',
  withdraw: 'Rút lại đồng ý',
  confirmTitle: 'Rút lại đồng ý cho mục “{title}”?',
  effect: 'Khi rút lại:',
  defaultEffect: 'Dữ liệu này sẽ không được dùng cho mục đích trên nữa.',
  confirm: 'Xác nhận rút lại',
  keep: 'Giữ nguyên',
  done: 'Đã rút lại đồng ý cho mục “{title}”.',
  notSignedIn: 'Vui lòng đăng nhập để xem các lựa chọn.',
  grantAgain: 'Đồng ý lại',
  grantEffect:
    'Khi đồng ý lại: dữ liệu nêu trên được dùng trở lại cho mục đích này, và những gì mục này mang lại sẽ hoạt động lại. Có thể rút lại bất cứ lúc nào.',
  grantDone: 'Đã đồng ý lại cho mục “{title}”.',
});
