// Withdrawing a dossier: the words (Vietnamese; English in src/locales/en.ts).
// Keys `dossier.cancel.<key>`.
import { defineDossierMessages } from '../messages';

export const cancelDossierMessages = /* @__PURE__ */ defineDossierMessages('dossier.cancel.', {
  title: 'Rút hồ sơ',
  intro:
    'Có thể rút hồ sơ khi chưa có kết quả. Hồ sơ đã rút sẽ không được xử lý tiếp; khi cần, vui lòng nộp hồ sơ mới.',
  open: 'Rút hồ sơ',
  confirmTitle: 'Xác nhận rút hồ sơ {code}',
  confirmBody: 'Sau khi rút, hồ sơ không được xử lý tiếp và không thể khôi phục.',
  reason: 'Lý do rút hồ sơ',
  reasonHint: 'Ví dụ: nộp nhầm thủ tục, đã giải quyết ở nơi khác.',
  reasonRequired: 'Vui lòng nhập lý do rút hồ sơ.',
  tooLong: 'Lý do dài hơn {max} ký tự. Vui lòng rút gọn.',
  confirm: 'Xác nhận rút hồ sơ',
  keep: 'Không rút',
  failed: 'Chưa rút được hồ sơ',
  done: 'Đã rút hồ sơ',
  doneBody: 'Hồ sơ {code} đã được rút và không còn được xử lý.',
});
