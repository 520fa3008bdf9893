export type { AuthProviderProps, UseAuthResult } from './AuthProvider';
export { AuthProvider, MissingAuthProviderError, useAuth } from './AuthProvider';
