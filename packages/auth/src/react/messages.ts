// Every word the auth screens show, Vietnamese first, English second. An app replaces any key
// through <GovMiniProvider messages={{ 'auth.signIn.button': '…' }}>, as for @govmini/ui.
// Vietnamese wording: plain, polite, no pronoun for the reader ("Vui lòng …").
import { useGovMini } from '@govmini/ui';
import { useCallback } from 'react';
import type { AuthErrorCode, LocalizedText } from '../core/types';

const vi = {
  // SignInScreen
  'auth.signIn.title': 'Đăng nhập',
  'auth.signIn.lead': 'Dùng ngay tài khoản Zalo, không cần tạo tài khoản mới.',
  'auth.signIn.nextTitle': 'Sau khi chạm nút “Đăng nhập bằng Zalo”:',
  'auth.signIn.step1':
    'Ứng dụng xác nhận tài khoản Zalo với hệ thống của tỉnh. Mật khẩu Zalo không được gửi đi.',
  'auth.signIn.step2':
    'Màn hình tiếp theo nêu rõ từng mục dữ liệu cá nhân sẽ được dùng, để chọn “Đồng ý” hoặc “Không đồng ý”.',
  'auth.signIn.step3': 'Có thể xem lại các lựa chọn và đăng xuất bất cứ lúc nào.',
  'auth.signIn.button': 'Đăng nhập bằng Zalo',
  'auth.signIn.working': 'Đang đăng nhập…',
  'auth.signIn.expiredTitle': 'Cần đăng nhập lại',
  'auth.signIn.expired':
    'Phiên đăng nhập đã hết hạn để bảo vệ thông tin. Vui lòng đăng nhập lại; những gì đã nhập vẫn được giữ.',
  'auth.signIn.errorTitle': 'Chưa đăng nhập được',
  // Errors, by AuthErrorCode
  'auth.error.zalo_refused':
    'Zalo chưa được cho phép. Khi sẵn sàng, vui lòng thử lại và chọn “Cho phép” khi Zalo hỏi.',
  'auth.error.consent_required':
    'Dịch vụ không dùng được khi chưa đồng ý các mục bắt buộc. Vui lòng xem lại các mục bắt buộc.',
  'auth.error.invalid_token':
    'Chưa xác nhận được tài khoản Zalo. Vui lòng thử lại; nếu vẫn lỗi, vui lòng mở lại ứng dụng từ Zalo.',
  'auth.error.token_reused': 'Mã xác nhận của Zalo đã được dùng. Vui lòng thử lại.',
  'auth.error.token_expired': 'Mã xác nhận của Zalo đã hết hạn. Vui lòng thử lại.',
  'auth.error.session_expired': 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  'auth.error.offline': 'Điện thoại đang mất mạng. Khi có mạng, vui lòng thử lại.',
  'auth.error.server': 'Hệ thống của tỉnh đang bận hoặc gặp sự cố. Vui lòng thử lại sau ít phút.',
  'auth.error.unknown': 'Đã có lỗi xảy ra. Vui lòng thử lại sau ít phút.',
  // ConsentScreen
  'auth.consent.title': 'Đồng ý sử dụng dữ liệu cá nhân',
  'auth.consent.lead':
    'Vui lòng đọc từng mục rồi chọn “Đồng ý” hoặc “Không đồng ý”. Mục chưa chọn không được tính là đồng ý.',
  'auth.consent.requiredHeading': 'Bắt buộc để dùng dịch vụ',
  'auth.consent.requiredHint': 'Thiếu các mục này thì dịch vụ không xử lý được hồ sơ.',
  'auth.consent.optionalHeading': 'Không bắt buộc',
  'auth.consent.optionalHint':
    'Không đồng ý thì vẫn dùng được dịch vụ. Mục đã đồng ý có thể rút lại bất cứ lúc nào.',
  'auth.consent.data': 'Dữ liệu được dùng',
  'auth.consent.why': 'Để làm gì',
  'auth.consent.processor': 'Cơ quan xử lý',
  'auth.consent.retention': 'Thời gian lưu giữ',
  'auth.consent.question': 'Có đồng ý với mục “{title}” không?',
  'auth.consent.grant': 'Đồng ý',
  'auth.consent.refuse': 'Không đồng ý',
  'auth.consent.submit': 'Xác nhận lựa chọn',
  'auth.consent.cancel': 'Không dùng dịch vụ lúc này',
  'auth.consent.undecided': 'Vui lòng chọn “Đồng ý” hoặc “Không đồng ý” cho mục “{title}”',
  'auth.consent.requiredRefused':
    'Không thể dùng dịch vụ khi không đồng ý mục “{title}”. Vui lòng chọn “Đồng ý” để tiếp tục',
  'auth.consent.requiredHelp':
    'Các mục bắt buộc là dữ liệu tối thiểu để cơ quan nhà nước xử lý hồ sơ. Nếu không muốn chia sẻ, vẫn có thể làm thủ tục trực tiếp tại bộ phận một cửa; khi đó, vui lòng chọn “Không dùng dịch vụ lúc này”.',
  'auth.consent.empty': 'Không có mục nào cần đồng ý.',
  // ConsentSettings
  'auth.settings.title': 'Dữ liệu cá nhân đã đồng ý',
  'auth.settings.lead': 'Các mục dữ liệu cá nhân và lựa chọn đã được ghi nhận.',
  'auth.settings.loading': 'Đang tải các lựa chọn…',
  'auth.settings.loadError': 'Chưa tải được các lựa chọn.',
  'auth.settings.retry': 'Thử lại',
  'auth.settings.decision': 'Lựa chọn',
  'auth.settings.granted': 'Đã đồng ý ngày {date}',
  'auth.settings.refused': 'Không đồng ý ngày {date}',
  'auth.settings.withdrawn': 'Đã rút lại ngày {date}',
  'auth.settings.undecided': 'Chưa chọn',
  'auth.settings.required': 'Bắt buộc',
  'auth.settings.optional': 'Không bắt buộc',
  'auth.settings.kind': 'Loại',
  'auth.settings.requiredNote':
    'Mục bắt buộc chỉ rút lại được bằng cách ngừng dùng dịch vụ: đăng xuất, rồi liên hệ UBND tỉnh để đề nghị xoá dữ liệu.',
  'auth.settings.withdraw': 'Rút lại đồng ý',
  'auth.settings.confirmTitle': 'Rút lại đồng ý cho mục “{title}”?',
  'auth.settings.effect': 'Khi rút lại:',
  'auth.settings.defaultEffect': 'Dữ liệu này sẽ không được dùng cho mục đích trên nữa.',
  'auth.settings.confirm': 'Xác nhận rút lại',
  'auth.settings.keep': 'Giữ nguyên',
  'auth.settings.done': 'Đã rút lại đồng ý cho mục “{title}”.',
  'auth.settings.notSignedIn': 'Vui lòng đăng nhập để xem các lựa chọn.',
  // PhoneNumberRequest
  'auth.phone.explainTitle': 'Vì sao cần số điện thoại',
  'auth.phone.explainNext':
    'Sau khi chạm “Tiếp tục”, Zalo sẽ hỏi có cho phép chia sẻ số điện thoại không. Số điện thoại chỉ được gửi đến hệ thống của tỉnh.',
  'auth.phone.continue': 'Tiếp tục',
  'auth.phone.typeInstead': 'Tự nhập số điện thoại',
  'auth.phone.working': 'Đang lấy số điện thoại từ Zalo…',
  'auth.phone.fallbackTitle': 'Nhập số điện thoại',
  'auth.phone.refused': 'Số điện thoại chưa được chia sẻ qua Zalo. Vui lòng nhập số bên dưới.',
  'auth.phone.failed': 'Chưa lấy được số điện thoại từ Zalo. Vui lòng nhập số bên dưới.',
  'auth.phone.label': 'Số điện thoại di động',
  'auth.phone.hint':
    'Ví dụ: 0912 345 678. Số tự nhập sẽ được xác minh sau, ví dụ bằng tin nhắn hoặc cuộc gọi.',
  'auth.phone.submit': 'Xác nhận số điện thoại',
  'auth.phone.missing': 'Vui lòng nhập số điện thoại',
  'auth.phone.retry': 'Thử lại với Zalo',
  'auth.phone.done': 'Đã nhận số điện thoại {phone}.',
  // LocationRequest
  'auth.location.explainTitle': 'Vì sao cần vị trí',
  'auth.location.explainNext':
    'Sau khi chạm “Tiếp tục”, Zalo sẽ hỏi có cho phép chia sẻ vị trí hiện tại không. Vị trí chỉ được gửi đến hệ thống của tỉnh.',
  'auth.location.continue': 'Tiếp tục',
  'auth.location.typeInstead': 'Tự chọn địa chỉ',
  'auth.location.working': 'Đang lấy vị trí từ Zalo…',
  'auth.location.fallbackTitle': 'Chọn địa chỉ',
  'auth.location.refused': 'Vị trí chưa được chia sẻ qua Zalo. Vui lòng chọn địa chỉ bên dưới.',
  'auth.location.failed': 'Chưa lấy được vị trí từ Zalo. Vui lòng chọn địa chỉ bên dưới.',
  'auth.location.label': 'Địa chỉ',
  'auth.location.submit': 'Xác nhận địa chỉ',
  'auth.location.missing': 'Vui lòng chọn tỉnh hoặc thành phố',
  'auth.location.retry': 'Thử lại với Zalo',
  'auth.location.done': 'Đã nhận vị trí.',
  // ProfileSummary
  'auth.profile.title': 'Thông tin tài khoản',
  'auth.profile.name': 'Họ và tên',
  'auth.profile.phone': 'Số điện thoại',
  'auth.profile.cccd': 'Số CCCD',
  'auth.profile.masked': 'đã che một phần, tận cùng là {last}',
  'auth.profile.notSignedIn': 'Chưa đăng nhập.',
  // RequireAuth
  'auth.require.checking': 'Đang kiểm tra đăng nhập…',
} as const;

export type AuthMessageKey = keyof typeof vi;

const en: Record<AuthMessageKey, string> = {
  'auth.signIn.title': 'Sign in',
  'auth.signIn.lead': 'Use your Zalo account. No new account is needed.',
  'auth.signIn.nextTitle': 'After tapping “Sign in with Zalo”:',
  'auth.signIn.step1':
    'The app confirms your Zalo account with the province’s system. Your Zalo password is never sent.',
  'auth.signIn.step2':
    'The next screen lists each use of your personal data, so you can choose “Agree” or “Do not agree”.',
  'auth.signIn.step3': 'You can review your choices and sign out at any time.',
  'auth.signIn.button': 'Sign in with Zalo',
  'auth.signIn.working': 'Signing in…',
  'auth.signIn.expiredTitle': 'Please sign in again',
  'auth.signIn.expired':
    'Your session ended to protect your information. Please sign in again; what you entered is kept.',
  'auth.signIn.errorTitle': 'Could not sign in',
  'auth.error.zalo_refused':
    'Zalo was not allowed. When ready, please try again and choose “Allow” when Zalo asks.',
  'auth.error.consent_required':
    'The service cannot be used without agreeing to the required items. Please review them.',
  'auth.error.invalid_token':
    'Your Zalo account could not be confirmed. Please try again; if it still fails, reopen the app from Zalo.',
  'auth.error.token_reused': 'Zalo’s confirmation code was already used. Please try again.',
  'auth.error.token_expired': 'Zalo’s confirmation code has expired. Please try again.',
  'auth.error.session_expired': 'Your session has expired. Please sign in again.',
  'auth.error.offline': 'The phone is offline. Please try again when connected.',
  'auth.error.server':
    'The province’s system is busy or has a problem. Please try again in a few minutes.',
  'auth.error.unknown': 'Something went wrong. Please try again in a few minutes.',
  'auth.consent.title': 'Agree to the use of your personal data',
  'auth.consent.lead':
    'Please read each item, then choose “Agree” or “Do not agree”. An item left unanswered does not count as agreement.',
  'auth.consent.requiredHeading': 'Required to use the service',
  'auth.consent.requiredHint': 'Without these the service cannot process your application.',
  'auth.consent.optionalHeading': 'Optional',
  'auth.consent.optionalHint':
    'You can use the service without agreeing. You can withdraw an agreement at any time.',
  'auth.consent.data': 'Data used',
  'auth.consent.why': 'What for',
  'auth.consent.processor': 'Processed by',
  'auth.consent.retention': 'Kept for',
  'auth.consent.question': 'Do you agree to “{title}”?',
  'auth.consent.grant': 'Agree',
  'auth.consent.refuse': 'Do not agree',
  'auth.consent.submit': 'Confirm my choices',
  'auth.consent.cancel': 'Do not use the service now',
  'auth.consent.undecided': 'Please choose “Agree” or “Do not agree” for “{title}”',
  'auth.consent.requiredRefused':
    'The service cannot be used without agreeing to “{title}”. Please choose “Agree” to continue',
  'auth.consent.requiredHelp':
    'Required items are the minimum data a public office needs to process an application. If you prefer not to share it, you can still apply in person at the one-stop office; in that case, choose “Do not use the service now”.',
  'auth.consent.empty': 'There is nothing to agree to.',
  'auth.settings.title': 'Personal data you agreed to',
  'auth.settings.lead': 'Each use of your personal data and the choice recorded.',
  'auth.settings.loading': 'Loading your choices…',
  'auth.settings.loadError': 'Your choices could not be loaded.',
  'auth.settings.retry': 'Try again',
  'auth.settings.decision': 'Choice',
  'auth.settings.granted': 'Agreed on {date}',
  'auth.settings.refused': 'Not agreed on {date}',
  'auth.settings.withdrawn': 'Withdrawn on {date}',
  'auth.settings.undecided': 'Not chosen',
  'auth.settings.required': 'Required',
  'auth.settings.optional': 'Optional',
  'auth.settings.kind': 'Type',
  'auth.settings.requiredNote':
    'A required item can only be withdrawn by stopping the service: sign out, then contact the province’s People’s Committee to ask for the data to be deleted.',
  'auth.settings.withdraw': 'Withdraw agreement',
  'auth.settings.confirmTitle': 'Withdraw your agreement to “{title}”?',
  'auth.settings.effect': 'If you withdraw:',
  'auth.settings.defaultEffect': 'This data will no longer be used for this purpose.',
  'auth.settings.confirm': 'Yes, withdraw',
  'auth.settings.keep': 'Keep as it is',
  'auth.settings.done': 'Your agreement to “{title}” was withdrawn.',
  'auth.settings.notSignedIn': 'Please sign in to see your choices.',
  'auth.phone.explainTitle': 'Why your phone number is needed',
  'auth.phone.explainNext':
    'After tapping “Continue”, Zalo will ask whether to share your phone number. It is sent only to the province’s system.',
  'auth.phone.continue': 'Continue',
  'auth.phone.typeInstead': 'Type the number instead',
  'auth.phone.working': 'Getting your phone number from Zalo…',
  'auth.phone.fallbackTitle': 'Enter your phone number',
  'auth.phone.refused': 'The phone number was not shared through Zalo. Please type it below.',
  'auth.phone.failed': 'Zalo could not give the phone number. Please type it below.',
  'auth.phone.label': 'Mobile phone number',
  'auth.phone.hint':
    'For example 0912 345 678. A typed number is checked later, for example by a text message or a call.',
  'auth.phone.submit': 'Confirm the number',
  'auth.phone.missing': 'Please enter your phone number',
  'auth.phone.retry': 'Try again with Zalo',
  'auth.phone.done': 'Phone number {phone} received.',
  'auth.location.explainTitle': 'Why your location is needed',
  'auth.location.explainNext':
    'After tapping “Continue”, Zalo will ask whether to share your current location. It is sent only to the province’s system.',
  'auth.location.continue': 'Continue',
  'auth.location.typeInstead': 'Choose the address instead',
  'auth.location.working': 'Getting your location from Zalo…',
  'auth.location.fallbackTitle': 'Choose the address',
  'auth.location.refused':
    'The location was not shared through Zalo. Please choose the address below.',
  'auth.location.failed': 'Zalo could not give the location. Please choose the address below.',
  'auth.location.label': 'Address',
  'auth.location.submit': 'Confirm the address',
  'auth.location.missing': 'Please choose a province or city',
  'auth.location.retry': 'Try again with Zalo',
  'auth.location.done': 'Location received.',
  'auth.profile.title': 'Account details',
  'auth.profile.name': 'Full name',
  'auth.profile.phone': 'Phone number',
  'auth.profile.cccd': 'Citizen ID (CCCD)',
  'auth.profile.masked': 'partly hidden, ending in {last}',
  'auth.profile.notSignedIn': 'Not signed in.',
  'auth.require.checking': 'Checking sign-in…',
};

export const authMessages = { vi, en } as const;

export type AuthTranslate = (
  key: AuthMessageKey,
  params?: Record<string, string | number>,
) => string;

function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** `t(key, params)` in the GovMiniProvider's locale, with the app's overrides applied. */
export function useAuthMessages(): AuthTranslate {
  const { locale, messages } = useGovMini('@govmini/auth');
  return useCallback(
    (key, params) => format(messages?.[key] ?? authMessages[locale][key] ?? vi[key], params),
    [locale, messages],
  );
}

/** The citizen-facing message for an error code. */
export function errorKey(code: AuthErrorCode | undefined): AuthMessageKey {
  const key = `auth.error.${code ?? 'unknown'}`;
  return key in vi ? (key as AuthMessageKey) : 'auth.error.unknown';
}

/**
 * A purpose's text in the locale; Vietnamese when there is no translation. `lang` is set only
 * when it differs from the page's, so a screen reader switches voice for that part.
 */
export function useLocalized(): (text: LocalizedText) => { text: string; lang?: 'vi' } {
  const { locale } = useGovMini('@govmini/auth');
  return useCallback(
    (text) =>
      locale === 'en' && text.en
        ? { text: text.en }
        : locale === 'en'
          ? { text: text.vi, lang: 'vi' }
          : { text: text.vi },
    [locale],
  );
}
