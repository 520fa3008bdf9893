// @govmini/auth/server — Node only. Zalo Graph calls with the app secret, jose session
// tokens, a consent-record store, an HTTP app serving openapi/auth.yaml for any AuthService,
// and the Hono frame the GovMini contract apps share (createJsonApp, bearerToken, readJsonObject).

export type { ConsentRecordStore, MemoryConsentStore } from './consent-store';
export { createMemoryConsentStore, isConsentRecord } from './consent-store';
export type { AuthHttpAppOptions } from './http-app';
export { createAuthHttpApp } from './http-app';
export type { JsonAppOptions, JsonErrorAnswer } from './json-app';
export { bearerToken, createJsonApp, readJsonObject } from './json-app';
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
