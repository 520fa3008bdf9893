// Messages for the server helpers. They end up in logs and in HTTP answers a citizen may
// see, so they say what happened and what to do, and never carry a token, a phone number,
// a location or the app secret. Vietnamese first, English second.
// English stays inline here, unlike the client's texts (src/locales/en.ts, loaded on demand):
// this module is reached only from `@govmini/auth/server` (a test checks the client entry never
// imports it), a server has no download to save, and `messageIn('en')` must not silently answer
// in Vietnamese because no one awaited a pack.

export type ServerLocale = 'vi' | 'en';

export const zaloGraphMessages = {
  vi: {
    invalid_token: 'Zalo không chấp nhận phiên đăng nhập này. Vui lòng đăng nhập lại.',
    token_expired: 'Mã xác nhận của Zalo đã hết hạn. Vui lòng thử lại.',
    token_reused: 'Mã xác nhận của Zalo đã được dùng. Vui lòng thử lại để nhận mã mới.',
    wrong_secret:
      'Máy chủ của ứng dụng chưa được cấu hình đúng với Zalo. Vui lòng thử lại sau hoặc liên hệ cơ quan quản lý ứng dụng.',
    timeout: 'Zalo chưa trả lời kịp. Vui lòng thử lại sau ít phút.',
    unavailable: 'Tạm thời chưa kết nối được với Zalo. Vui lòng thử lại sau ít phút.',
    unknown: 'Đã có lỗi khi kiểm tra với Zalo. Vui lòng thử lại sau ít phút.',
  },
  en: {
    invalid_token: 'Zalo did not accept this sign-in. Please sign in again.',
    token_expired: "Zalo's confirmation code has expired. Please try again.",
    token_reused: "Zalo's confirmation code was already used. Please try again to get a new one.",
    wrong_secret:
      "The app's server is not set up correctly with Zalo. Please try later or contact the app's office.",
    timeout: 'Zalo did not answer in time. Please try again in a few minutes.',
    unavailable: 'Zalo cannot be reached right now. Please try again in a few minutes.',
    unknown: 'Something went wrong while checking with Zalo. Please try again in a few minutes.',
  },
} as const;

export type ZaloGraphErrorCode = keyof (typeof zaloGraphMessages)['vi'];

export const sessionMessages = {
  vi: {
    expired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    invalid: 'Phiên đăng nhập không hợp lệ. Vui lòng đăng nhập lại.',
  },
  en: {
    expired: 'The session has expired. Please sign in again.',
    invalid: 'The session is not valid. Please sign in again.',
  },
} as const;

export type SessionErrorCode = keyof (typeof sessionMessages)['vi'];
