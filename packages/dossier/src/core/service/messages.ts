// What a citizen reads when a dossier call fails: what happened, then what to do. Plain,
// polite and without a pronoun for the reader (GovMini's wording rule). DossierError.message
// is always the Vietnamese text from here, never a server's own words (they might echo
// personal data).
import type { DossierErrorCode } from './types';

export type DossierLocale = 'vi' | 'en';

const vi = {
  unauthenticated: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại để tiếp tục.',
  forbidden:
    'Tài khoản này không có quyền xem hoặc thay đổi nội dung này. Vui lòng kiểm tra lại tài khoản Zalo đang dùng.',
  not_found:
    'Không tìm thấy hồ sơ hoặc nội dung cần xem. Vui lòng kiểm tra lại mã hồ sơ trên giấy hẹn.',
  invalid_answers:
    'Một số thông tin trong hồ sơ chưa đúng hoặc còn thiếu. Vui lòng xem các mục được đánh dấu và sửa lại.',
  procedure_changed:
    'Thủ tục vừa được cơ quan cập nhật. Vui lòng xem lại các câu trả lời; những gì đã nhập vẫn được giữ.',
  not_allowed:
    'Hồ sơ ở trạng thái hiện tại không cho phép thao tác này. Vui lòng tải lại để xem trạng thái mới nhất.',
  too_large: 'Tệp quá lớn. Vui lòng chụp lại ảnh hoặc chọn tệp nhỏ hơn.',
  unsupported_type: 'Loại tệp này không được nhận. Vui lòng gửi ảnh (JPG, PNG, WebP) hoặc tệp PDF.',
  conflict:
    'Hồ sơ này đã được gửi trước đó với nội dung khác. Vui lòng mở danh sách “Hồ sơ của tôi” để kiểm tra.',
  offline:
    'Điện thoại đang mất mạng hoặc mạng yếu. Thông tin đã nhập vẫn được giữ; vui lòng kiểm tra kết nối rồi thử lại.',
  timeout:
    'Hệ thống phản hồi quá lâu. Thông tin đã nhập vẫn được giữ; vui lòng thử lại sau ít phút.',
  server:
    'Hệ thống của cơ quan đang bận hoặc gặp sự cố. Thông tin đã nhập vẫn được giữ; vui lòng thử lại sau ít phút.',
  unknown: 'Đã có lỗi xảy ra. Vui lòng thử lại sau ít phút.',
} as const satisfies Record<DossierErrorCode, string>;

const en = {
  unauthenticated: 'The sign-in has expired. Please sign in again to continue.',
  forbidden:
    'This account may not see or change this. Please check which Zalo account is being used.',
  not_found:
    'The application or page was not found. Please check the application code on the appointment slip.',
  invalid_answers:
    'Some answers are missing or not right. Please look at the marked questions and correct them.',
  procedure_changed:
    'The office has just updated this procedure. Please check the answers again; everything entered is kept.',
  not_allowed:
    'This cannot be done at the application’s current stage. Please reload to see its latest status.',
  too_large: 'The file is too large. Please take the photo again or choose a smaller file.',
  unsupported_type:
    'This type of file is not accepted. Please send a photo (JPG, PNG, WebP) or a PDF.',
  conflict:
    'This application was already sent with different answers. Please open “My applications” to check.',
  offline:
    'The phone is offline or the connection is weak. Everything entered is kept; please check the connection and try again.',
  timeout:
    'The system took too long to answer. Everything entered is kept; please try again in a few minutes.',
  server:
    'The office’s system is busy or has a problem. Everything entered is kept; please try again in a few minutes.',
  unknown: 'Something went wrong. Please try again in a few minutes.',
} as const satisfies Record<DossierErrorCode, string>;

export const dossierErrorMessages: Readonly<
  Record<DossierLocale, Readonly<Record<DossierErrorCode, string>>>
> = { vi, en };

/** Every DossierErrorCode, in the catalogue's order (the catalogue is typed to have them all). */
export const DOSSIER_ERROR_CODES = Object.keys(vi) as DossierErrorCode[];

export const isDossierErrorCode = (value: unknown): value is DossierErrorCode =>
  typeof value === 'string' && Object.hasOwn(vi, value);

/** The citizen's message for a code (or an error carrying one); unknown codes get `unknown`. */
export function dossierErrorMessage(
  error: DossierErrorCode | { readonly code: DossierErrorCode },
  locale: DossierLocale = 'vi',
): string {
  const code = typeof error === 'string' ? error : error.code;
  const table = dossierErrorMessages[locale] ?? dossierErrorMessages.vi;
  return table[code] ?? table.unknown;
}
