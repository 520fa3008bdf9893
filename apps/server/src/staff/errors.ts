// Errors of the staff API, in the contracts' shape: { error: { code, message, issues? } } with
// the Vietnamese text from this catalogue, never an exception's own message (it could carry a
// citizen's answer or a token).
import type { StaffIssue } from './transition-input.ts';

export type StaffErrorCode =
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'not_allowed'
  | 'invalid_request'
  | 'rate_limited'
  | 'too_large'
  | 'unsupported_type'
  | 'unknown'
  | 'server';

export const STAFF_ERROR_STATUS: Readonly<Record<StaffErrorCode, number>> = {
  unknown: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  not_allowed: 409,
  too_large: 413,
  unsupported_type: 415,
  invalid_request: 422,
  rate_limited: 429,
  server: 500,
};

export const staffErrorMessages: Readonly<Record<StaffErrorCode, string>> = {
  unauthenticated: 'Phiên làm việc đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.',
  invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra và nhập lại.',
  forbidden: 'Yêu cầu không hợp lệ hoặc tài khoản không có quyền. Vui lòng tải lại trang.',
  not_found: 'Không tìm thấy mục này. Vui lòng kiểm tra lại mã.',
  not_allowed: 'Không thể thực hiện thao tác này ở trạng thái hiện tại. Vui lòng tải lại trang.',
  invalid_request: 'Thông tin chưa đúng. Vui lòng sửa các mục được đánh dấu.',
  rate_limited: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
  too_large: 'Tệp quá lớn. Vui lòng chọn tệp nhỏ hơn.',
  unsupported_type: 'Loại tệp không được hỗ trợ. Vui lòng chọn ảnh JPG, PNG hoặc WebP.',
  unknown: 'Yêu cầu không hợp lệ.',
  server: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.',
};

export class StaffError extends Error {
  override readonly name = 'StaffError';
  readonly code: StaffErrorCode;
  readonly issues: readonly StaffIssue[];
  /** Seconds, for `rate_limited`. */
  readonly retryAfter: number | undefined;
  constructor(
    code: StaffErrorCode,
    options: { issues?: readonly StaffIssue[]; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(staffErrorMessages[code], options.cause === undefined ? {} : { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [];
    this.retryAfter = options.retryAfter;
  }
}

export const staffError = (
  code: StaffErrorCode,
  options?: ConstructorParameters<typeof StaffError>[1],
): StaffError => new StaffError(code, options);

export const invalidRequest = (issues: readonly StaffIssue[]): StaffError =>
  new StaffError('invalid_request', { issues });

/** The JSON body of an error answer. */
export function errorBody(error: StaffError) {
  return {
    error: {
      code: error.code,
      message: staffErrorMessages[error.code],
      ...(error.issues.length > 0 ? { issues: error.issues } : {}),
    },
  };
}
