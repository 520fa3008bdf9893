// @vitest-environment node
// Consent purposes are checked where they are written, not on every citizen's phone.
import { parseConsentPurposes } from '@govmini/auth/definitions';
import { describe, expect, it } from 'vitest';
import { consentPurposes } from './consent-purposes';

describe('consent purposes', () => {
  it('are valid, and sign-in is the one required purpose', () => {
    expect(() => parseConsentPurposes(consentPurposes)).not.toThrow();
    expect(consentPurposes.filter((p) => p.required).map((p) => p.id)).toEqual(['tai-khoan']);
  });
});
