// Who is behind a session token, for the dossier and feedback services and any other citizen
// route: the token must verify (signature, expiry) and its session must still exist (not
// signed out, not rotated away by a refresh). Anything else is "no citizen", never an error
// that says which check failed.
import type { SessionIssuer } from '@govmini/auth/server';
import type { Database } from '../../db/database.ts';

export interface Citizen {
  readonly zaloId: string;
  readonly name: string;
  /** E.164, when the citizen shared it. */
  readonly phone?: string;
  /** The live session the token names (signed photo links are bound to it). */
  readonly sessionId: string;
}

export interface CitizenSessions {
  resolve(token: string): Promise<Citizen | undefined>;
  /** The citizen of a session still live (not signed out, expired or rotated away). */
  bySessionId(sessionId: string): Promise<Citizen | undefined>;
}

export function createCitizenSessions(
  db: Database,
  sessions: SessionIssuer,
  now: () => number,
): CitizenSessions {
  const live = async (jti: string): Promise<Citizen | undefined> => {
    const row = await db
      .selectFrom('citizen_sessions')
      .innerJoin('citizens', 'citizens.zalo_id', 'citizen_sessions.zalo_id')
      .select(['citizens.zalo_id', 'citizens.name', 'citizens.phone'])
      .where('citizen_sessions.id', '=', jti)
      .where('citizen_sessions.expires_ms', '>', now())
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      zaloId: row.zalo_id,
      name: row.name,
      ...(row.phone === null ? {} : { phone: row.phone }),
      sessionId: jti,
    };
  };
  return {
    async resolve(token) {
      if (typeof token !== 'string' || token.length === 0 || token.length > 4096) return undefined;
      let jti: string;
      try {
        jti = (await sessions.verify(token)).jti;
      } catch {
        return undefined;
      }
      return live(jti);
    },
    bySessionId: (sessionId) =>
      typeof sessionId === 'string' && sessionId.length > 0 && sessionId.length <= 64
        ? live(sessionId)
        : Promise.resolve(undefined),
  };
}
