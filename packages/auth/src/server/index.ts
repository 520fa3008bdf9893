// @govmini/auth/server — Node only. Zalo Graph calls with the app secret, jose session
// tokens, a consent-record store, and an HTTP app serving openapi/auth.yaml for any AuthService.

export type { ConsentRecordStore, MemoryConsentStore } from './consent-store';
export { createMemoryConsentStore, isConsentRecord } from './consent-store';
export type { AuthHttpAppOptions } from './http-app';
export { createAuthHttpApp } from './http-app';
export type { ServerLocale } from './messages';
export { sessionMessages, zaloGraphMessages } from './messages';
export type {
  MemoryOneTimeCodeStoreOptions,
  OneTimeCodeStore,
  ServerSessionState,
  ServerStateStore,
} from './server-state';
export { createMemoryOneTimeCodeStore, createMemoryServerState } from './server-state';
export type { ServerAuthServiceOptions } from './service';
export { createServerAuthService } from './service';
export type {
  SessionClaims,
  SessionErrorCode,
  SessionIssuer,
  SessionIssuerOptions,
  SessionKey,
} from './sessions';
export { createSessionIssuer, isSessionError, SessionError } from './sessions';
export type {
  ZaloErrorEntry,
  ZaloErrorSubject,
  ZaloGraphClient,
  ZaloGraphEndpoint,
  ZaloGraphErrorCode,
  ZaloGraphErrorOptions,
  ZaloGraphOptions,
  ZaloIdentity,
  ZaloLocation,
} from './zalo-graph';
export {
  createZaloGraphClient,
  exchangeLocationToken,
  exchangePhoneToken,
  isZaloGraphError,
  verifyZaloAccessToken,
  ZALO_GRAPH_ERRORS,
  ZaloGraphError,
} from './zalo-graph';
