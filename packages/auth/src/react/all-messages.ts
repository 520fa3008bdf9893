// Every auth message under its full key, for apps that translate or review them all at once:
// exported by @govmini/auth/definitions (a tool, not something a screen needs), so React-free.
// The screens never import this file: each takes only its own catalogue. Only Vietnamese is
// here; the English of the same keys is `await authLocalePack.entries('en')`, loaded on demand.
import type { CatalogueKeys } from '@govmini/ui/core';
import { authErrorMessages } from '../messages/index';
import { consentMessages, purposeMessages } from './ConsentScreen/messages';
import { consentSettingsMessages } from './ConsentSettings/messages';
import { locationMessages } from './LocationRequest/messages';
import { phoneMessages } from './PhoneNumberRequest/messages';
import { profileMessages } from './ProfileSummary/messages';
import { requireAuthMessages } from './RequireAuth/messages';
import { signInMessages } from './SignInScreen/messages';

const catalogues = [
  authErrorMessages,
  signInMessages,
  consentMessages,
  purposeMessages,
  consentSettingsMessages,
  phoneMessages,
  locationMessages,
  profileMessages,
  requireAuthMessages,
] as const;

/** Every full key of @govmini/auth, e.g. 'auth.signIn.button' or 'auth.error.offline'. */
export type AuthMessageKey = CatalogueKeys<(typeof catalogues)[number]>;

const flattenVietnamese = (): Record<AuthMessageKey, string> => {
  const out: Record<string, string> = {};
  for (const catalogue of catalogues) {
    for (const [key, text] of Object.entries(catalogue.vi)) {
      out[catalogue.prefix + key] = text as string;
    }
  }
  return out as Record<AuthMessageKey, string>;
};

/**
 * Every Vietnamese message by full key: `authMessages.vi['auth.signIn.button']`. English is a
 * locale pack: `await authLocalePack.entries('en')` gives the same keys.
 */
export const authMessages: { readonly vi: Readonly<Record<AuthMessageKey, string>> } =
  /* @__PURE__ */ (() => ({ vi: flattenVietnamese() }))();
