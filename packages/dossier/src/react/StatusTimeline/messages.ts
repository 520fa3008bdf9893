// The timeline's words, Vietnamese first, English second. Full keys `dossier.timeline.<key>`.
// Each step says what happened, in the words a citizen would use for it.
import { defineDossierMessages } from '../messages';

export const statusTimelineMessages = defineDossierMessages(
  'dossier.timeline.',
  {
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
  },
  {
    'event.1': 'Application submitted',
    'event.2': 'The office accepted the application',
    'event.3': 'The application was not accepted',
    'event.4': 'The application was passed on for processing',
    'event.4.citizen': 'Documents sent; processing continues',
    'event.5': 'The office asked for more documents',
    'event.6': 'The office asked for fees to be paid',
    'event.7': 'Application withdrawn',
    'event.8': 'Processing stopped',
    'event.9': 'Result ready',
    'event.10': 'Result delivered',
    current: 'Current step',
    citizen: 'The applicant',
    by: 'By: {by}',
    note: 'Note: {note}',
    empty: 'No steps yet.',
  },
);

/** The due date (ngày hẹn trả) and how many working days are left. Keys `dossier.due.<key>`. */
export const dueDateMessages = defineDossierMessages(
  'dossier.due.',
  {
    left: 'còn {count} ngày làm việc',
    today: 'hạn trả là hôm nay',
    overdue: 'quá hạn {count} ngày làm việc',
    none: 'Chưa có ngày hẹn trả',
  },
  {
    left: '{count} working days left',
    today: 'due today',
    overdue: '{count} working days overdue',
    none: 'No appointment date yet',
  },
);
