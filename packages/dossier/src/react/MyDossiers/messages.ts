// The list's words (Vietnamese; English in src/locales/en.ts).
// Full keys `dossier.myDossiers.<key>`.
import { defineDossierMessages } from '../messages';

export const myDossiersMessages = /* @__PURE__ */ defineDossierMessages('dossier.myDossiers.', {
  title: 'Hồ sơ đã nộp',
  loading: 'Đang tải danh sách hồ sơ…',
  errorTitle: 'Chưa tải được danh sách hồ sơ',
  signInNeeded: 'Vui lòng đăng nhập để xem các hồ sơ đã nộp.',
  emptyTitle: 'Chưa có hồ sơ nào',
  emptyBody: 'Hồ sơ nộp trong ứng dụng sẽ hiện ở đây để theo dõi tình trạng giải quyết.',
  'emptyTitle.in_progress': 'Không có hồ sơ đang giải quyết',
  'emptyTitle.finished': 'Chưa có hồ sơ đã giải quyết xong',
  filter: 'Hiển thị',
  'filter.all': 'Tất cả',
  'filter.in_progress': 'Đang giải quyết',
  'filter.finished': 'Đã xong',
  count: 'Có {count} hồ sơ.',
  code: 'Mã hồ sơ',
  submitted: 'Ngày nộp',
  due: 'Ngày hẹn trả',
  // A fee to see to, beside the status (at status 6 the status itself says so).
  'fee.unpaid': 'Chưa nộp phí',
  'fee.pending_confirmation': 'Đã báo chuyển khoản, chờ xác nhận',
});
