// The sample app's own words around @govmini/feedback's screens (the screens bring theirs),
// Vietnamese first, English second. Kept beside the feature rather than in ../messages so the
// dossier and feedback parts of the sample do not edit one file; the home tiles' words are
// there, with the other tiles.
import { useCallback } from 'react';
import { useI18n } from '../messages';

const vi = {
  communesLoading: 'Đang tải danh sách xã, phường…',
  myReportsTitle: 'Phản ánh của tôi',
  sentTitle: 'Phản ánh đã gửi',
  newReport: 'Gửi phản ánh mới',
  sendReport: 'Gửi phản ánh',
  myReports: 'Xem phản ánh của tôi',
  publicReports: 'Xem các phản ánh đã được trả lời',
  updated: 'Phản ánh vừa được cập nhật: {status}.',
  'agency.title': 'Giả lập cơ quan xử lý (cho nhà phát triển)',
  'agency.intro':
    'Phản ánh trong ứng dụng mẫu do một cơ quan giả lập ngay trong trình duyệt xử lý, nhanh hơn thật rất nhiều: tiếp nhận 10 giây sau khi gửi, bắt đầu xử lý 15 giây sau đó và trả lời sau 30 giây nữa. Nút dưới đây cho cơ quan trả lời ngay, không cần chờ.',
  'agency.answer': 'Giả lập cơ quan trả lời ngay',
  'agency.done': 'Cơ quan giả lập đã trả lời phản ánh.',
  'agency.nothing': 'Cơ quan đã trả lời phản ánh này, hoặc phản ánh đã kết thúc.',
  'agency.failed': 'Cơ quan giả lập chưa trả lời được phản ánh ở trạng thái hiện tại.',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  communesLoading: 'Loading the list of communes…',
  myReportsTitle: 'My reports',
  sentTitle: 'Reports sent',
  newReport: 'Send a new report',
  sendReport: 'Send a report',
  myReports: 'See my reports',
  publicReports: 'See the answered reports',
  updated: 'The report has just been updated: {status}.',
  'agency.title': 'Simulated agency (for developers)',
  'agency.intro':
    'Reports in the sample app are handled by an agency simulated in the browser, far faster than a real one: received 10 seconds after sending, started 15 seconds later and answered 30 seconds after that. The button below makes the agency answer now, without waiting.',
  'agency.answer': 'Make the simulated agency answer now',
  'agency.done': 'The simulated agency has answered the report.',
  'agency.nothing': 'The agency has answered this report, or the report is finished.',
  'agency.failed': 'The simulated agency cannot answer the report in its current state.',
};

const catalogues = { vi, en } as const;

/** `t(key, params)` in the app's current language. */
export function useFeedbackText() {
  const { locale } = useI18n();
  return useCallback(
    (key: Key, params: Record<string, string | number> = {}) =>
      catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    [locale],
  );
}
