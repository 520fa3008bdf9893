// @govmini/auth — sign in with Zalo, consent done right, sessions. Client side: the sign-in
// state machine and consent logic (core), an HTTP AuthService for openapi/auth.yaml, and the
// React screens. Server helpers (Zalo Graph, sessions, the HTTP app): `@govmini/auth/server`.
// Memory service and the storage keys tests inspect: `@govmini/auth/testing`; conformance
// suite, fake Zalo Graph (Vitest, Node): `@govmini/auth/conformance`. Checking consent purpose
// definitions, the canonical text behind textHash, every message by key (build steps, tests,
// backends): `@govmini/auth/definitions`. Only what a mini app uses at run time is here.

// Consent (validating purpose definitions and the canonical text: `@govmini/auth/definitions`)
export {
  consentTextHash,
  decide,
  formatVietnamTime,
  latestRecords,
  pendingPurposes,
  withdraw,
} from './core/consent';
// Sign-in state machine
export type { AuthController, AuthControllerOptions } from './core/controller';
export { assertTransition, createAuthController, transitions } from './core/controller';
// Errors and messages
export { authError, isAuthError, toAuthError } from './core/errors';
// The province backend over HTTP
export type { HttpAuthServiceOptions } from './core/http-service';
export { createHttpAuthService } from './core/http-service';
// Contract
export type {
  AppSession,
  AuthErrorCode,
  AuthService,
  AuthState,
  AuthStatus,
  CitizenProfile,
  ConsentDecision,
  ConsentPurpose,
  ConsentRecord,
  LocalizedText,
} from './core/types';
export { AuthError } from './core/types';
// English (and any later language) of every auth text: a pack loaded on demand
export { authLocalePack } from './locales/pack';
export type { AuthLocale } from './messages/index';
export { authErrorMessage, authErrorMessages } from './messages/index';

// React: provider, hook, guard and screens
export * from './react';
