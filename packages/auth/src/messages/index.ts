// Citizen-facing messages for every AuthErrorCode. AuthError.message is the Vietnamese text;
// apps showing English use `authErrorMessage(error, 'en')`.
import type { AuthError, AuthErrorCode } from '../core/types';
import { en } from './en';
import { vi } from './vi';

export type AuthLocale = 'vi' | 'en';

export const authErrorMessages: Readonly<
  Record<AuthLocale, Readonly<Record<AuthErrorCode, string>>>
> = { vi, en };

/** The message for an error (or a code) in `locale`; unknown codes get the `unknown` text. */
export function authErrorMessage(
  error: AuthError | AuthErrorCode,
  locale: AuthLocale = 'vi',
): string {
  const code = typeof error === 'string' ? error : error.code;
  const table = authErrorMessages[locale];
  return table[code] ?? table.unknown;
}
