// What a citizen reads about a report: each status in plain words with what happens next,
// each problem with a new report, and each failure of a service call — what happened, then
// what to do. Plain, polite, without a pronoun for the reader ("Vui lòng …"). FeedbackError's
// message is always the Vietnamese text from here, never a server's own words (they might
// echo a description, a name or a token).
//
// Vietnamese is here; English is in the package's locale pack (src/locales/en.ts), loaded only
// when the locale is English, so the texts below read in Vietnamese until it has arrived. An app
// overrides `feedback.error.<code>`, `feedback.status.<status>` and `feedback.status.<status>.next`
// through <GovMiniProvider messages>.
import { defineCatalogue, type Locale, translate } from '@govmini/ui/core';
import { feedbackLocalePack } from '../locales/pack';
import type { FeedbackErrorCode, ReportIssue, ReportStatus } from './types';

export type FeedbackLocale = Locale;

const errorsVi = {
  unauthenticated: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại để tiếp tục.',
  forbidden:
    'Tài khoản này không được thực hiện thao tác này. Vui lòng kiểm tra lại tài khoản Zalo đang dùng.',
  not_found:
    'Không tìm thấy phản ánh này. Vui lòng mở lại từ danh sách phản ánh để xem nội dung mới nhất.',
  invalid_report:
    'Một số thông tin trong phản ánh chưa đúng hoặc còn thiếu. Nội dung đã nhập vẫn được giữ; vui lòng xem các mục được đánh dấu và sửa lại.',
  not_allowed:
    'Phản ánh ở trạng thái hiện tại không cho phép thao tác này. Vui lòng tải lại để xem trạng thái mới nhất.',
  too_large:
    'Ảnh hoặc nội dung gửi đi quá lớn. Vui lòng chọn ảnh khác hoặc rút gọn nội dung; những gì đã nhập vẫn được giữ.',
  unsupported_type: 'Loại tệp này không được nhận. Vui lòng chọn ảnh chụp dạng JPG, PNG hoặc WebP.',
  conflict:
    'Phản ánh này đã được gửi trước đó với nội dung khác. Vui lòng mở “Phản ánh của tôi” để kiểm tra.',
  not_supported:
    'Hệ thống của cơ quan chưa có chức năng này. Vui lòng liên hệ trực tiếp cơ quan nếu cần.',
  offline:
    'Điện thoại đang mất mạng hoặc mạng yếu. Nội dung đã nhập vẫn được giữ; vui lòng kiểm tra kết nối rồi thử lại.',
  timeout:
    'Hệ thống phản hồi quá lâu. Nội dung đã nhập vẫn được giữ; vui lòng thử lại sau ít phút.',
  server:
    'Hệ thống của cơ quan đang bận hoặc gặp sự cố. Nội dung đã nhập vẫn được giữ; vui lòng thử lại sau ít phút.',
  unknown: 'Đã có lỗi xảy ra. Nội dung đã nhập vẫn được giữ; vui lòng thử lại sau ít phút.',
} as const satisfies Record<FeedbackErrorCode, string>;

/** The citizen's message for each error code (`feedback.error.<code>`). */
export const feedbackErrorMessages = /* @__PURE__ */ defineCatalogue(
  feedbackLocalePack,
  'feedback.error.',
  errorsVi,
);

/** Every FeedbackErrorCode, in the catalogue's order (the catalogue is typed to have them all). */
export const FEEDBACK_ERROR_CODES = /* @__PURE__ */ Object.keys(errorsVi) as FeedbackErrorCode[];

export const isFeedbackErrorCode = (value: unknown): value is FeedbackErrorCode =>
  typeof value === 'string' && Object.hasOwn(errorsVi, value);

/**
 * The citizen's message for a code (or an error carrying one); unknown codes get `unknown`.
 * English once the pack is loaded (`await loadLocale('en')`), Vietnamese until then.
 */
export function feedbackErrorMessage(
  error: FeedbackErrorCode | { readonly code: FeedbackErrorCode },
  locale: FeedbackLocale = 'vi',
): string {
  const code = typeof error === 'string' ? error : error.code;
  return translate(feedbackErrorMessages, locale, isFeedbackErrorCode(code) ? code : 'unknown');
}

// ── Statuses ──

export interface StatusText {
  /** The tag: "Đã trả lời". */
  readonly label: string;
  /** One line: what happens now. */
  readonly next: string;
}

/** Each status's tag (`feedback.status.<status>`) and what happens now (`….<status>.next`). */
export const reportStatusMessages = /* @__PURE__ */ defineCatalogue(
  feedbackLocalePack,
  'feedback.status.',
  {
    sent: 'Đã gửi',
    'sent.next': 'Phản ánh đã đến hệ thống và chờ cơ quan tiếp nhận trong giờ làm việc.',
    received: 'Đã tiếp nhận',
    'received.next': 'Cơ quan đã nhận phản ánh và chuyển cho đơn vị phụ trách xem xét.',
    in_progress: 'Đang xử lý',
    'in_progress.next':
      'Đơn vị phụ trách đang kiểm tra, xử lý; câu trả lời sẽ được gửi khi có kết quả.',
    answered: 'Đã trả lời',
    'answered.next':
      'Cơ quan đã trả lời. Vui lòng đọc câu trả lời và cho biết vấn đề đã được giải quyết chưa.',
    closed: 'Đã đóng',
    'closed.next': 'Việc xử lý đã kết thúc; câu trả lời vẫn được giữ để xem lại.',
    rejected: 'Không tiếp nhận',
    'rejected.next':
      'Cơ quan không tiếp nhận phản ánh này. Vui lòng xem lý do bên dưới trước khi gửi lại.',
  } as const satisfies Record<ReportStatus | `${ReportStatus}.next`, string>,
);

export function reportStatusText(status: ReportStatus, locale: FeedbackLocale = 'vi'): StatusText {
  return {
    label: translate(reportStatusMessages, locale, status),
    next: translate(reportStatusMessages, locale, `${status}.next`),
  };
}

// ── Problems with a new report, a rating or a comment ──
// Keyed `path.code` where the words depend on the part, else by code alone. `{name}` is
// replaced by the issue's param of that name.

type IssueKey = `${ReportIssue['path']}.${ReportIssue['code']}` | ReportIssue['code'];

const issuesVi = {
  required: 'Vui lòng điền mục này.',
  too_long: 'Nội dung dài hơn {max} ký tự. Vui lòng rút gọn bớt {over} ký tự.',
  control_characters:
    'Nội dung có ký tự đặc biệt không hiển thị được (thường do dán từ nơi khác). Vui lòng xoá rồi gõ lại đoạn đó.',
  too_few_photos: 'Vui lòng thêm ít nhất {min} ảnh chụp vấn đề.',
  too_many_photos: 'Chỉ gửi được tối đa {max} ảnh. Vui lòng bỏ bớt {over} ảnh.',
  unknown_photo: 'Có ảnh chưa tải lên được hoặc đã quá hạn lưu. Vui lòng chọn lại ảnh đó.',
  unknown_category: 'Loại vấn đề này không còn trong danh sách. Vui lòng chọn lại loại vấn đề.',
  invalid_location:
    'Không xác định được vị trí này. Vui lòng lấy lại vị trí hiện tại hoặc chọn xã, phường bằng tay.',
  comment_required: 'Vui lòng cho biết vì sao chưa hài lòng để cơ quan xem lại.',
  'categoryId.required': 'Vui lòng chọn loại vấn đề cần phản ánh.',
  'description.required': 'Vui lòng mô tả vấn đề cần phản ánh.',
  'location.required':
    'Vui lòng cho biết nơi xảy ra vấn đề: lấy vị trí hiện tại hoặc chọn xã, phường.',
  'location.too_long': 'Địa điểm dài hơn {max} ký tự. Vui lòng ghi ngắn gọn hơn.',
  'rating.required': 'Vui lòng chọn mức độ hài lòng.',
  'comment.required': 'Vui lòng cho biết vấn đề đã được giải quyết hay chưa.',
  'rating.too_long': 'Ý kiến dài hơn {max} ký tự. Vui lòng rút gọn bớt {over} ký tự.',
  'comment.too_long': 'Ý kiến dài hơn {max} ký tự. Vui lòng rút gọn bớt {over} ký tự.',
  // "Ghi rõ địa điểm" is its own message: the commune is chosen, the place is missing.
  'location.required.place': 'Vui lòng ghi rõ địa điểm, ví dụ “trước cổng chợ”, “ngõ 12”.',
  // When a backend sent an issue without the params a template needs: the same, without numbers.
  'noParams.too_long': 'Nội dung quá dài. Vui lòng rút gọn bớt.',
  'noParams.too_few_photos': 'Vui lòng thêm ảnh chụp vấn đề.',
  'noParams.too_many_photos': 'Có quá nhiều ảnh. Vui lòng bỏ bớt ảnh.',
} as const satisfies Record<ReportIssue['code'], string> &
  Partial<Record<IssueKey | `noParams.${ReportIssue['code']}` | 'location.required.place', string>>;

type IssueMessageKey = keyof typeof issuesVi;

/** The citizen's message for each problem (`feedback.issue.<path>.<code>` or `….<code>`). */
export const reportIssueMessages = /* @__PURE__ */ defineCatalogue(
  feedbackLocalePack,
  'feedback.issue.',
  issuesVi,
);

const isIssueMessageKey = (key: string): key is IssueMessageKey => Object.hasOwn(issuesVi, key);

/** The citizen's message for one issue, params filled in. */
export function reportIssueMessage(issue: ReportIssue, locale: FeedbackLocale = 'vi'): string {
  return reportIssueText(issue, (key) => translate(reportIssueMessages, locale, key));
}

/**
 * The same with the catalogue's texts read by `text` (a screen's `t`, which has the app's
 * overrides of `feedback.issue.*`; templates come back with their `{params}` still in them).
 */
export function reportIssueText(
  issue: ReportIssue,
  text: (key: IssueMessageKey) => string,
): string {
  if (issue.path === 'location' && issue.code === 'required' && issue.params?.part === 'place') {
    return text('location.required.place');
  }
  const specific = `${issue.path}.${issue.code}`;
  const key = isIssueMessageKey(specific)
    ? specific
    : isIssueMessageKey(issue.code)
      ? issue.code
      : 'required';
  let missing = false;
  const filled = text(key).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = issue.params?.[name];
    if (value === undefined) missing = true;
    return String(value);
  });
  if (!missing) return filled;
  const plain = `noParams.${issue.code}`;
  return text(isIssueMessageKey(plain) ? plain : 'required');
}
