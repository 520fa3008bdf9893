// Citizen-facing messages for every AuthErrorCode, under the keys `auth.error.<code>` (the
// same keys an app overrides through <GovMiniProvider messages>). AuthError.message is always
// the Vietnamese text; English lives in the locale pack (src/locales/en.ts).
import { type Catalogue, defineCatalogue, type Locale, translate } from '@govmini/ui/core';
import type { AuthError, AuthErrorCode } from '../core/types';
import { authLocalePack } from '../locales/pack';
import { vi } from './vi';

export type AuthLocale = Locale;

/** The error texts as a catalogue: `authErrorMessages.vi[code]` is the Vietnamese text. */
export const authErrorMessages: Catalogue<AuthErrorCode, 'auth.error.'> =
  /* @__PURE__ */ defineCatalogue(authLocalePack, 'auth.error.', vi);

/** The code itself when it is one of ours; anything else (a newer server's code) is `unknown`. */
export const knownAuthErrorCode = (code: string): AuthErrorCode =>
  Object.hasOwn(vi, code) ? (code as AuthErrorCode) : 'unknown';

/**
 * The message for an error (or a code) in `locale`; unknown codes get the `unknown` text.
 * Synchronous: English once the pack is loaded (`await loadLocale('en')`, which
 * GovMiniProvider also starts when its locale is 'en'), Vietnamese until then.
 */
export function authErrorMessage(
  error: AuthError | AuthErrorCode,
  locale: AuthLocale = 'vi',
): string {
  const code = typeof error === 'string' ? error : error.code;
  return translate(authErrorMessages, locale, knownAuthErrorCode(code));
}
