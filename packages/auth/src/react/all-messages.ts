// Every auth message under its full key, for apps that translate or review them all at once.
// The screens never import this file: each takes only its own catalogue.
import type { AuthErrorCode } from '../core/types';
import { authErrorMessages } from '../messages/index';
import { consentMessages, purposeMessages } from './ConsentScreen/messages';
import { consentSettingsMessages } from './ConsentSettings/messages';
import { locationMessages } from './LocationRequest/messages';
import type { AuthCatalogue } from './messages';
import { phoneMessages } from './PhoneNumberRequest/messages';
import { profileMessages } from './ProfileSummary/messages';
import { requireAuthMessages } from './RequireAuth/messages';
import { signInMessages } from './SignInScreen/messages';

const catalogues = [
  signInMessages,
  consentMessages,
  purposeMessages,
  consentSettingsMessages,
  phoneMessages,
  locationMessages,
  profileMessages,
  requireAuthMessages,
] as const;

type FullKeys<C> = C extends AuthCatalogue<infer P, infer K> ? `${P}${K}` : never;
export type AuthMessageKey = FullKeys<(typeof catalogues)[number]> | `auth.error.${AuthErrorCode}`;

const flatten = (locale: 'vi' | 'en'): Record<AuthMessageKey, string> => {
  const out: Record<string, string> = {};
  for (const [code, text] of Object.entries(authErrorMessages[locale])) {
    out[`auth.error.${code}`] = text;
  }
  for (const catalogue of catalogues) {
    for (const [key, text] of Object.entries(catalogue[locale])) {
      out[catalogue.prefix + key] = text as string;
    }
  }
  return out as Record<AuthMessageKey, string>;
};

/** Every message by full key: `authMessages.vi['auth.signIn.button']`. */
export const authMessages = /* @__PURE__ */ (() => ({ vi: flatten('vi'), en: flatten('en') }))();
