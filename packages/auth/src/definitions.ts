// @govmini/auth/definitions — checks consent purpose definitions before they reach citizens:
// `parseConsentPurposes` (JSON text or parsed JSON → ConsentPurpose[], NFC-normalised) and its
// typed `ConsentPurposesError`. For build steps and tests; not needed by the screens at run time.
export type { ConsentPurposeIssue, ConsentPurposeIssueCode } from './core/definitions';
export { ConsentPurposesError, parseConsentPurposes } from './core/definitions';
