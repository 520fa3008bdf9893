// The timeline's words (Vietnamese; English in src/locales/en.ts).
// Full keys `dossier.timeline.<key>`.
// Each step says what happened, in the words a citizen would use for it.
import { defineDossierMessages } from '../messages';

export const statusTimelineMessages = /* @__PURE__ */ defineDossierMessages('dossier.timeline.', {
  'event.1': 'Đã nộp hồ sơ',
  'event.2': 'Cơ quan đã tiếp nhận hồ sơ',
  'event.3': 'Hồ sơ không được tiếp nhận',
  'event.4': 'Hồ sơ được chuyển đi xử lý',
  'event.4.citizen': 'Đã gửi bổ sung, hồ sơ tiếp tục được xử lý',
  'event.5': 'Cơ quan yêu cầu bổ sung giấy tờ',
  'event.6': 'Cơ quan yêu cầu nộp phí, lệ phí',
  'event.7': 'Đã rút hồ sơ',
  'event.8': 'Hồ sơ bị dừng xử lý',
  'event.9': 'Đã có kết quả',
  'event.10': 'Đã trả kết quả',
  current: 'Bước hiện tại',
  citizen: 'Người nộp hồ sơ',
  by: 'Thực hiện: {by}',
  note: 'Ghi chú: {note}',
  empty: 'Chưa có bước nào.',
});

/** The due date (ngày hẹn trả) and how many working days are left. Keys `dossier.due.<key>`. */
export const dueDateMessages = /* @__PURE__ */ defineDossierMessages('dossier.due.', {
  left: 'còn {count} ngày làm việc',
  today: 'hạn trả là hôm nay',
  overdue: 'quá hạn {count} ngày làm việc',
  none: 'Chưa có ngày hẹn trả',
});
