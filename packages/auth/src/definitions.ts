// @govmini/auth/definitions — for build steps, tests and backends, not needed by the screens at
// run time: `parseConsentPurposes` (JSON text or parsed JSON → ConsentPurpose[], NFC-normalised)
// and its typed `ConsentPurposesError`; the canonical text a consent record's textHash is taken
// over (`consentCanonicalText`, `CONSENT_HASH_FORM`: for a backend or a test that recomputes it);
// and every Vietnamese message by full key (`authMessages`: for review and translation).
// React-free.
export { CONSENT_HASH_FORM, consentCanonicalText } from './core/consent';
export type { ConsentPurposeIssue, ConsentPurposeIssueCode } from './core/definitions';
export { ConsentPurposesError, parseConsentPurposes } from './core/definitions';
export type { AuthMessageKey } from './react/all-messages';
export { authMessages } from './react/all-messages';
