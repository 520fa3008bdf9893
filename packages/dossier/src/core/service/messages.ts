// What a citizen reads when a dossier call fails: what happened, then what to do. Plain,
// polite and without a pronoun for the reader (GovMini's wording rule). DossierError.message
// is always the Vietnamese text from here, never a server's own words (they might echo
// personal data).
import { type Catalogue, defineCatalogue, type Locale, translate } from '@govmini/ui/core';
import { dossierLocalePack } from '../../locales/pack';
import type { DossierErrorCode } from './types';

export type DossierLocale = Locale;

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
  not_supported:
    'Hệ thống của cơ quan chưa có chức năng này. Vui lòng liên hệ trực tiếp cơ quan giải quyết hồ sơ.',
  offline:
    'Điện thoại đang mất mạng hoặc mạng yếu. Thông tin đã nhập vẫn được giữ; vui lòng kiểm tra kết nối rồi thử lại.',
  timeout:
    'Hệ thống phản hồi quá lâu. Thông tin đã nhập vẫn được giữ; vui lòng thử lại sau ít phút.',
  server:
    'Hệ thống của cơ quan đang bận hoặc gặp sự cố. Thông tin đã nhập vẫn được giữ; vui lòng thử lại sau ít phút.',
  unknown: 'Đã có lỗi xảy ra. Vui lòng thử lại sau ít phút.',
} as const satisfies Record<DossierErrorCode, string>;

/**
 * The citizen messages for each DossierErrorCode: Vietnamese here, English in the dossier locale
 * pack (loaded on demand). Full keys are `dossier.error.<code>`, which is also how an app
 * overrides one.
 */
export const dossierErrorMessages: Catalogue<DossierErrorCode, 'dossier.error.'> =
  /* @__PURE__ */ defineCatalogue(dossierLocalePack, 'dossier.error.', vi);

/** Every DossierErrorCode, in the catalogue's order (the catalogue is typed to have them all). */
export const DOSSIER_ERROR_CODES = /* @__PURE__ */ Object.keys(vi) as DossierErrorCode[];

export const isDossierErrorCode = (value: unknown): value is DossierErrorCode =>
  typeof value === 'string' && Object.hasOwn(vi, value);

/**
 * The citizen's message for a code (or an error carrying one); unknown codes get `unknown`.
 * English once the dossier locale pack has loaded (`await loadLocale('en')`), else Vietnamese;
 * `overrides` are an app's replacements by full key (`dossier.error.<code>`).
 */
export function dossierErrorMessage(
  error: DossierErrorCode | { readonly code: DossierErrorCode },
  locale: DossierLocale = 'vi',
  overrides?: Readonly<Record<string, string>>,
): string {
  const code = typeof error === 'string' ? error : error.code;
  return translate(
    dossierErrorMessages,
    locale,
    isDossierErrorCode(code) ? code : 'unknown',
    undefined,
    overrides,
  );
}
