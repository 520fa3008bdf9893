// @govmini/auth's React part: the provider, the hook, the guard and the screens. Every string
// comes from ./messages (vi first, en second), overridable through GovMiniProvider's `messages`.
export * from './AuthProvider';
export * from './ConsentScreen';
export * from './ConsentSettings';
export * from './LocationRequest';
export type { AuthMessageKey } from './messages';
export { authMessages, useAuthMessages } from './messages';
export * from './PhoneNumberRequest';
export * from './ProfileSummary';
export * from './RequireAuth';
export * from './SignInScreen';
