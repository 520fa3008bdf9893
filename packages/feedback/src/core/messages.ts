// What a citizen reads about a report: each status in plain words with what happens next,
// each problem with a new report, and each failure of a service call — what happened, then
// what to do. Plain, polite, without a pronoun for the reader ("Vui lòng …"). FeedbackError's
// message is always the Vietnamese text from here, never a server's own words (they might
// echo a description, a name or a token).
import type { FeedbackErrorCode, ReportIssue, ReportStatus } from './types';

export type FeedbackLocale = 'vi' | 'en';

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

const errorsEn = {
  unauthenticated: 'The sign-in has expired. Please sign in again to continue.',
  forbidden: 'This account may not do this. Please check which Zalo account is being used.',
  not_found: 'This report was not found. Please open it again from the list of reports.',
  invalid_report:
    'Some details of the report are missing or not right. Everything entered is kept; please look at the marked parts and correct them.',
  not_allowed:
    'This cannot be done at the report’s current stage. Please reload to see its latest status.',
  too_large:
    'The photo or text is too large. Please choose another photo or shorten the text; everything entered is kept.',
  unsupported_type: 'This type of file is not accepted. Please choose a JPG, PNG or WebP photo.',
  conflict:
    'This report was already sent with different content. Please open “My reports” to check.',
  not_supported:
    'The office’s system does not offer this. Please contact the office directly if needed.',
  offline:
    'The phone is offline or the connection is weak. Everything entered is kept; please check the connection and try again.',
  timeout:
    'The system took too long to answer. Everything entered is kept; please try again in a few minutes.',
  server:
    'The office’s system is busy or has a problem. Everything entered is kept; please try again in a few minutes.',
  unknown: 'Something went wrong. Everything entered is kept; please try again in a few minutes.',
} as const satisfies Record<FeedbackErrorCode, string>;

export const feedbackErrorMessages: Readonly<
  Record<FeedbackLocale, Readonly<Record<FeedbackErrorCode, string>>>
> = { vi: errorsVi, en: errorsEn };

/** Every FeedbackErrorCode, in the catalogue's order (the catalogue is typed to have them all). */
export const FEEDBACK_ERROR_CODES = Object.keys(errorsVi) as FeedbackErrorCode[];

export const isFeedbackErrorCode = (value: unknown): value is FeedbackErrorCode =>
  typeof value === 'string' && Object.hasOwn(errorsVi, value);

/** The citizen's message for a code (or an error carrying one); unknown codes get `unknown`. */
export function feedbackErrorMessage(
  error: FeedbackErrorCode | { readonly code: FeedbackErrorCode },
  locale: FeedbackLocale = 'vi',
): string {
  const code = typeof error === 'string' ? error : error.code;
  const table = feedbackErrorMessages[locale] ?? feedbackErrorMessages.vi;
  return table[code] ?? table.unknown;
}

// ── Statuses ──

export interface StatusText {
  /** The tag: "Đã trả lời". */
  readonly label: string;
  /** One line: what happens now. */
  readonly next: string;
}

const statusVi = {
  sent: {
    label: 'Đã gửi',
    next: 'Phản ánh đã đến hệ thống và chờ cơ quan tiếp nhận trong giờ làm việc.',
  },
  received: {
    label: 'Đã tiếp nhận',
    next: 'Cơ quan đã nhận phản ánh và chuyển cho đơn vị phụ trách xem xét.',
  },
  in_progress: {
    label: 'Đang xử lý',
    next: 'Đơn vị phụ trách đang kiểm tra, xử lý; câu trả lời sẽ được gửi khi có kết quả.',
  },
  answered: {
    label: 'Đã trả lời',
    next: 'Cơ quan đã trả lời. Vui lòng đọc câu trả lời và cho biết vấn đề đã được giải quyết chưa.',
  },
  closed: {
    label: 'Đã đóng',
    next: 'Việc xử lý đã kết thúc; câu trả lời vẫn được giữ để xem lại.',
  },
  rejected: {
    label: 'Không tiếp nhận',
    next: 'Cơ quan không tiếp nhận phản ánh này. Vui lòng xem lý do bên dưới trước khi gửi lại.',
  },
} as const satisfies Record<ReportStatus, StatusText>;

const statusEn = {
  sent: {
    label: 'Sent',
    next: 'The report has reached the system and waits for the office to receive it in office hours.',
  },
  received: {
    label: 'Received',
    next: 'The office has the report and has passed it to the unit in charge.',
  },
  in_progress: {
    label: 'Being handled',
    next: 'The unit in charge is checking and handling it; the answer is sent when there is a result.',
  },
  answered: {
    label: 'Answered',
    next: 'The office has answered. Please read the answer and say whether the problem is solved.',
  },
  closed: {
    label: 'Closed',
    next: 'Handling has ended; the answer stays here to read again.',
  },
  rejected: {
    label: 'Not accepted',
    next: 'The office did not accept this report. Please read the reason below before sending again.',
  },
} as const satisfies Record<ReportStatus, StatusText>;

export const reportStatusTexts: Readonly<
  Record<FeedbackLocale, Readonly<Record<ReportStatus, StatusText>>>
> = { vi: statusVi, en: statusEn };

export function reportStatusText(status: ReportStatus, locale: FeedbackLocale = 'vi'): StatusText {
  return (reportStatusTexts[locale] ?? reportStatusTexts.vi)[status];
}

// ── Problems with a new report, a rating or a comment ──
// Keyed `path.code` where the words depend on the part, else by code alone. `{name}` is
// replaced by the issue's param of that name.

type IssueKey = `${ReportIssue['path']}.${ReportIssue['code']}` | ReportIssue['code'];

const issuesVi: Partial<Record<IssueKey, string>> & Record<ReportIssue['code'], string> = {
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
};

const issuesEn: Partial<Record<IssueKey, string>> & Record<ReportIssue['code'], string> = {
  required: 'Please fill this in.',
  too_long: 'The text is longer than {max} characters. Please remove {over} characters.',
  control_characters:
    'The text has special characters that cannot be shown (often from pasting). Please delete and retype that part.',
  too_few_photos: 'Please add at least {min} photo of the problem.',
  too_many_photos: 'At most {max} photos can be sent. Please remove {over}.',
  unknown_photo: 'A photo could not be uploaded or was kept too long. Please choose it again.',
  unknown_category: 'This kind of problem is no longer on the list. Please choose again.',
  invalid_location:
    'This place could not be found. Please take the current location again or choose the commune by hand.',
  comment_required: 'Please say why you are not satisfied, so the office can look again.',
  'categoryId.required': 'Please choose the kind of problem.',
  'description.required': 'Please describe the problem.',
  'location.required':
    'Please say where the problem is: take the current location or choose the commune.',
  'location.too_long': 'The place is longer than {max} characters. Please shorten it.',
  'rating.required': 'Please choose how satisfied you are.',
  'comment.required': 'Please say whether the problem has been solved.',
  'rating.too_long': 'The comment is longer than {max} characters. Please remove {over}.',
  'comment.too_long': 'The comment is longer than {max} characters. Please remove {over}.',
};

// When a backend sent an issue without the params a template needs: the same, without numbers.
const withoutParams = {
  vi: {
    too_long: 'Nội dung quá dài. Vui lòng rút gọn bớt.',
    too_few_photos: 'Vui lòng thêm ảnh chụp vấn đề.',
    too_many_photos: 'Có quá nhiều ảnh. Vui lòng bỏ bớt ảnh.',
  },
  en: {
    too_long: 'The text is too long. Please shorten it.',
    too_few_photos: 'Please add a photo of the problem.',
    too_many_photos: 'There are too many photos. Please remove some.',
  },
} as const;

// "Ghi rõ địa điểm" is its own message: the commune is chosen, the place is missing.
const placeRequired = {
  vi: 'Vui lòng ghi rõ địa điểm, ví dụ “trước cổng chợ”, “ngõ 12”.',
  en: 'Please say exactly where, e.g. “in front of the market gate”, “lane 12”.',
} as const;

export const reportIssueMessages: Readonly<
  Record<FeedbackLocale, Readonly<Partial<Record<IssueKey, string>>>>
> = { vi: issuesVi, en: issuesEn };

/** The citizen's message for one issue, params filled in. */
export function reportIssueMessage(issue: ReportIssue, locale: FeedbackLocale = 'vi'): string {
  const table = locale === 'en' ? issuesEn : issuesVi;
  if (issue.path === 'location' && issue.code === 'required' && issue.params?.part === 'place') {
    return placeRequired[locale === 'en' ? 'en' : 'vi'];
  }
  const template = table[`${issue.path}.${issue.code}`] ?? table[issue.code] ?? table.required;
  let missing = false;
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = issue.params?.[name];
    if (value === undefined) missing = true;
    return String(value);
  });
  if (!missing) return text;
  const plain = withoutParams[locale === 'en' ? 'en' : 'vi'];
  return plain[issue.code as keyof typeof plain] ?? table.required;
}
