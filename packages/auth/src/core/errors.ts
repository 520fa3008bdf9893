// AuthErrors always carry the citizen-facing Vietnamese text from the catalogue, never a
// server's or Zalo's own message (those may echo tokens or personal data).
import { isPlatformError } from '@govmini/platform';
import { vi } from '../messages/vi';
import { AuthError, type AuthErrorCode } from './types';

export function authError(
  code: AuthErrorCode,
  options: { status?: number; cause?: unknown } = {},
): AuthError {
  return new AuthError(code, vi[code] ?? vi.unknown, options);
}

export function isAuthError(value: unknown, code?: AuthErrorCode): value is AuthError {
  return value instanceof AuthError && (code === undefined || value.code === code);
}

// Platform error codes the citizen can act on; any other is `unknown`.
const fromPlatform: Partial<Record<string, AuthErrorCode>> = {
  permission_denied: 'zalo_refused',
  user_cancelled: 'zalo_refused',
  offline: 'offline',
  timeout: 'offline',
};

/** Any failure from the platform or a service, as an AuthError. */
export function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  const code = isPlatformError(error) ? fromPlatform[error.code] : undefined;
  return authError(code ?? 'unknown', { cause: error });
}
