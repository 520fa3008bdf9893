// The words every page's answers share (yes/no, units, prefilled answers, a renderer still on its
// way). The lazily fetched renderers keep theirs beside them (file-messages.ts, slot-messages.ts,
// group-messages.ts), so those words travel in their chunks; the keys are the same
// `dossier.fields.*` ones.
import { defineDossierMessages } from '../messages';

export const fieldMessages = /* @__PURE__ */ defineDossierMessages('dossier.fields.', {
  unit: 'Đơn vị: {unit}',
  moneyHint: 'Ghi số tiền bằng đồng, ví dụ 1.500.000',
  yes: 'Có',
  no: 'Không',
  selectPlaceholder: 'Chọn một mục',
  'prefill.profile': 'Thông tin lấy từ tài khoản Zalo',
  'prefill.chip': 'Thông tin lấy từ thẻ CCCD gắn chip',
  'prefill.change': 'Thay đổi',
  'prefill.changeHidden': '{label}',
  'part.loading': 'Đang tải câu hỏi…',
  'part.failed': 'Chưa tải được câu hỏi này. Vui lòng kiểm tra kết nối mạng rồi bấm “Thử lại”.',
  'part.retry': 'Thử lại',
});

export type FieldMessageKey = keyof typeof fieldMessages.vi;
