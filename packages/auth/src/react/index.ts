// @govmini/auth's React part: the provider, the hook, the guard and the screens. Every string
// comes from the screen's own messages.ts (vi first, en second), overridable through
// GovMiniProvider's `messages`.
export * from './AuthProvider';
export type { AuthMessageKey } from './all-messages';
export { authMessages } from './all-messages';
export * from './ConsentScreen';
export * from './ConsentSettings';
export * from './LocationRequest';
export type { AuthCatalogue, AuthTranslate } from './messages';
export { defineAuthMessages, useAuthMessages } from './messages';
export * from './PhoneNumberRequest';
export * from './ProfileSummary';
export * from './RequireAuth';
export * from './SignInScreen';
