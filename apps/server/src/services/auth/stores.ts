// The auth package's storage interfaces over SQL, so several instances share sessions, used
// one-time codes and consent evidence: ServerStateStore (the Zalo token behind each session,
// encrypted at rest, and the citizen's profile), OneTimeCodeStore (hashes of used phone and
// location codes) and ConsentRecordStore (append-only, with history).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { ConsentRecord } from '@govmini/auth';
import type {
  ConsentRecordStore,
  OneTimeCodeStore,
  ServerStateStore,
  SessionKey,
} from '@govmini/auth/server';
import type { Database } from '../../db/database.ts';

/**
 * AES-256-GCM with a key derived from each session key, tagged with its kid, so rotating the
 * session keys rotates this too and a database dump alone holds no usable Zalo token.
 */
export function createTokenSealer(keys: readonly SessionKey[]) {
  const derived = new Map(
    keys.map((k) => [
      k.kid,
      createHash('sha256').update('govmini:zalo-token:').update(k.secret).digest(),
    ]),
  );
  const [first] = keys;
  if (!first) throw new TypeError('createTokenSealer: at least one key');
  return {
    seal(plain: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', derived.get(first.kid) as Buffer, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
      return `v1.${first.kid}.${parts.join('.')}`;
    },
    open(sealed: string): string | undefined {
      const [version, kid, iv, tag, body] = sealed.split('.');
      const key = kid === undefined ? undefined : derived.get(kid);
      if (version !== 'v1' || !key || !iv || !tag || body === undefined) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        const plain = Buffer.concat([
          decipher.update(Buffer.from(body, 'base64url')),
          decipher.final(),
        ]);
        return plain.toString('utf8');
      } catch {
        return undefined;
      }
    },
  };
}

export function createSqlServerState(
  db: Database,
  options: { now: () => number; keys: readonly SessionKey[] },
): ServerStateStore {
  const { now } = options;
  const sealer = createTokenSealer(options.keys);
  let puts = 0;
  return {
    async getSession(sessionId) {
      const row = await db
        .selectFrom('citizen_sessions')
        .select(['zalo_id', 'zalo_token', 'expires_ms'])
        .where('id', '=', sessionId)
        .where('expires_ms', '>', now())
        .executeTakeFirst();
      const zaloAccessToken = row ? sealer.open(row.zalo_token) : undefined;
      if (!row || zaloAccessToken === undefined) return undefined;
      return { zaloId: row.zalo_id, zaloAccessToken, expiresAt: row.expires_ms };
    },
    async putSession(sessionId, state) {
      // Expired sessions are swept now and then, not on every sign-in.
      if (puts++ % 100 === 0) {
        await db.deleteFrom('citizen_sessions').where('expires_ms', '<=', now()).execute();
      }
      await db
        .insertInto('citizen_sessions')
        .values({
          id: sessionId,
          zalo_id: state.zaloId,
          zalo_token: sealer.seal(state.zaloAccessToken),
          expires_ms: state.expiresAt,
          created_ms: now(),
        })
        .execute();
    },
    async deleteSession(sessionId) {
      await db.deleteFrom('citizen_sessions').where('id', '=', sessionId).execute();
    },
    async getProfile(zaloId) {
      const row = await db
        .selectFrom('citizens')
        .selectAll()
        .where('zalo_id', '=', zaloId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        zaloId: row.zalo_id,
        name: row.name,
        ...(row.avatar_url === null ? {} : { avatarUrl: row.avatar_url }),
        ...(row.phone === null ? {} : { phone: row.phone }),
      };
    },
    async putProfile(profile) {
      const at = now();
      const values = {
        name: profile.name,
        avatar_url: profile.avatarUrl ?? null,
        phone: profile.phone ?? null,
        updated_ms: at,
      };
      await db
        .insertInto('citizens')
        .values({ zalo_id: profile.zaloId, created_ms: at, ...values })
        .onConflict((oc) => oc.column('zalo_id').doUpdateSet(values))
        .execute();
    },
  };
}

export function createSqlOneTimeCodes(
  db: Database,
  options: { now: () => number; retainMs?: number },
): OneTimeCodeStore {
  const retainMs = options.retainMs ?? 10 * 60_000;
  return {
    async claim(code) {
      const hash = createHash('sha256').update(code).digest('hex');
      const at = options.now();
      await db.deleteFrom('one_time_codes').where('expires_ms', '<=', at).execute();
      // The unique key decides between racing instances: exactly one insert wins.
      const result = await db
        .insertInto('one_time_codes')
        .values({ code_hash: hash, expires_ms: at + retainMs })
        .onConflict((oc) => oc.column('code_hash').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
  };
}

export interface SqlConsentStore extends ConsentRecordStore {
  /** Every decision in the order received, for audits. */
  history(zaloId: string): Promise<ConsentRecord[]>;
}

export function createSqlConsentStore(db: Database, now: () => number): SqlConsentStore {
  const history = async (zaloId: string): Promise<ConsentRecord[]> => {
    const rows = await db
      .selectFrom('consent_records')
      .select(['purpose_id', 'version', 'decision', 'decided_at', 'text_hash'])
      .where('zalo_id', '=', zaloId)
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      purposeId: row.purpose_id,
      version: row.version,
      decision: row.decision as ConsentRecord['decision'],
      decidedAt: row.decided_at,
      textHash: row.text_hash,
    }));
  };
  return {
    async append(zaloId, records) {
      for (const record of records) {
        await db
          .insertInto('consent_records')
          .values({
            zalo_id: zaloId,
            purpose_id: record.purposeId,
            version: record.version,
            decision: record.decision,
            decided_at: record.decidedAt,
            decided_ms: Date.parse(record.decidedAt),
            text_hash: record.textHash,
            received_ms: now(),
          })
          // Exact duplicates are a client resending: the evidence is kept once.
          .onConflict((oc) =>
            oc
              .columns(['zalo_id', 'purpose_id', 'version', 'decision', 'decided_at', 'text_hash'])
              .doNothing(),
          )
          .execute();
      }
    },
    async latest(zaloId) {
      // Same rule as the package's memory store: latest decidedAt, ties to the later record.
      const latest = new Map<string, ConsentRecord>();
      for (const record of await history(zaloId)) {
        const previous = latest.get(record.purposeId);
        if (!previous || Date.parse(record.decidedAt) >= Date.parse(previous.decidedAt)) {
          latest.set(record.purposeId, record);
        }
      }
      return [...latest.values()];
    },
    history,
  };
}
