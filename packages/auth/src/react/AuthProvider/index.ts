export type { AuthProviderProps, UseAuthResult } from './AuthProvider';
export { AuthProvider, MissingAuthProviderError, useAuth, useOptionalAuth } from './AuthProvider';
