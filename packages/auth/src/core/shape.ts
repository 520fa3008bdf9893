// Checks on data that comes from outside (a server's answer, the phone's storage): only the
// listed fields are kept, each of its type; anything else fails as a `server` error.
import { authError } from './errors';
import type { AppSession, CitizenProfile, ConsentRecord } from './types';

type Fields = Record<string, 'string' | 'number'>;

/** The listed fields of `value`; a missing or mistyped one throws, unless `optional`. */
export function pick<T>(value: unknown, fields: Fields, optional?: boolean): T {
  const out: Record<string, unknown> = {};
  for (const [key, type] of Object.entries(fields)) {
    const field = (value as Record<string, unknown> | null | undefined)?.[key];
    if (typeof field === type) out[key] = field;
    else if (!optional) throw authError('server');
  }
  return out as T;
}

/** An app session: token, expiry and the citizen (name, Zalo id, optional avatar and phone). */
export const toSession = (value: unknown): AppSession => {
  const profile = (value as { profile?: unknown } | null | undefined)?.profile;
  return {
    ...pick<Omit<AppSession, 'profile'>>(value, { token: 'string', expiresAt: 'number' }),
    profile: {
      ...pick<CitizenProfile>(profile, { zaloId: 'string', name: 'string' }),
      ...pick(profile, { avatarUrl: 'string', phone: 'string' }, true),
    },
  };
};

/** A list of consent records (their fields are the backend's or this phone's own). */
export const toRecords = (value: unknown): ConsentRecord[] => {
  if (!Array.isArray(value)) throw authError('server');
  return value;
};
