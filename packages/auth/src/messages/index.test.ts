// @vitest-environment node
// The error texts: Vietnamese in AuthError.message always; English from the locale pack, which
// test/locales.setup.ts has loaded (as an app that awaited loadLocale('en') would).
import { describe, expect, it } from 'vitest';
import { authError } from '../core/errors';
import type { AuthErrorCode } from '../core/types';
import { authLocalePack } from '../locales/pack';
import { authErrorMessage, authErrorMessages } from './index';
import { vi } from './vi';

describe('authErrorMessage', () => {
  it('is the Vietnamese text of AuthError.message by default', () => {
    const error = authError('offline');
    expect(error.message).toBe(vi.offline);
    expect(authErrorMessage(error)).toBe(vi.offline);
    expect(authErrorMessages.vi.offline).toBe(vi.offline);
  });

  it("is English from the pack under 'auth.error.<code>' once it is loaded", async () => {
    expect(authLocalePack.isLoaded('en')).toBe(true);
    const english = await authLocalePack.entries('en');
    for (const code of Object.keys(vi) as AuthErrorCode[]) {
      expect(authErrorMessage(code, 'en')).toBe(english[`auth.error.${code}`]);
      expect(authErrorMessage(code, 'en')).not.toBe(vi[code]);
    }
    expect(authErrorMessage('offline', 'en')).toMatch(/offline/);
  });

  it('gives the `unknown` text for a code it does not know, in either language', () => {
    const newer = 'rate_limited' as AuthErrorCode;
    expect(authErrorMessage(newer)).toBe(vi.unknown);
    expect(authErrorMessage(newer, 'en')).toBe(authErrorMessage('unknown', 'en'));
  });
});
