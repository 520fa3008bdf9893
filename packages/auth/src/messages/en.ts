import type { AuthErrorCode } from '../core/types';

export const en: Record<AuthErrorCode, string> = {
  zalo_refused:
    'Zalo was not allowed to share this information. Tap “Allow” when Zalo asks, or choose another way.',
  consent_required:
    'To use the service, the required items must be accepted. Read them again and choose “Agree”, or come back later.',
  invalid_token: 'Your Zalo account could not be verified. Please sign in again.',
  token_reused: 'This request was already used. Please start again.',
  token_expired: 'The request took too long. Please try again.',
  session_expired: 'Your session has ended. Please sign in again.',
  offline: 'Your phone is offline or the connection is slow. Check the connection and try again.',
  server: 'The agency’s system is busy or has a problem. Please try again in a few minutes.',
  unknown: 'Something went wrong. Please try again in a few minutes.',
};
