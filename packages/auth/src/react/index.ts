// @govmini/auth's React part: the provider, the hook, the guard and the screens. Every string
// comes from the screen's own messages.ts (Vietnamese; English in the lazily loaded locale
// pack), overridable through GovMiniProvider's `messages`.
export * from './AuthProvider';
// Every message by key (`authMessages`) is in @govmini/auth/definitions: a tool for review and
// translation, not something a screen needs.
export type { AuthMessageKey } from './all-messages';
export * from './ConsentScreen';
export * from './ConsentSettings';
export * from './LocationRequest';
export type { AuthCatalogue, AuthTranslate } from './messages';
export { defineAuthMessages, useAuthMessages } from './messages';
export * from './PhoneNumberRequest';
export * from './ProfileSummary';
export * from './RequireAuth';
export * from './SignInScreen';
