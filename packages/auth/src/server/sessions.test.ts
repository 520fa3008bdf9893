// @vitest-environment node
import { inspect } from 'node:util';
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createSessionIssuer, isSessionError, SessionError } from './sessions';

const OLD = { kid: '2026-10', secret: 'SENTINEL-old-key-0123456789abcdef0123' };
const NEW = { kid: '2026-11', secret: 'SENTINEL-new-key-0123456789abcdef0123' };
const T0 = Date.UTC(2026, 10, 29, 2);

async function rejection(promise: Promise<unknown>): Promise<SessionError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SessionError);
  return error as SessionError;
}

describe('createSessionIssuer', () => {
  it('issues HS256 tokens with kid, sub and expiry, and verifies them', async () => {
    let now = T0;
    const issuer = createSessionIssuer({ keys: [NEW], ttlMs: 15 * 60_000, clock: () => now });
    const { token, expiresAt, jti } = await issuer.issue({
      sub: '3368637342326461234',
      name: 'An',
    });
    expect(expiresAt).toBe(T0 + 15 * 60_000);
    const header = JSON.parse(Buffer.from(token.split('.')[0] as string, 'base64url').toString());
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT', kid: '2026-11' });
    now += 60_000;
    await expect(issuer.verify(token)).resolves.toEqual({
      sub: '3368637342326461234',
      name: 'An',
      jti,
      issuedAt: T0,
      expiresAt,
    });
  });

  it('enforces expiry with the injected clock', async () => {
    let now = T0;
    const issuer = createSessionIssuer({ keys: [NEW], ttlMs: 60_000, clock: () => now });
    const { token } = await issuer.issue({ sub: 'u1' });
    now = T0 + 59_000;
    await expect(issuer.verify(token)).resolves.toMatchObject({ sub: 'u1' });
    now = T0 + 60_000;
    const error = await rejection(issuer.verify(token));
    expect(error.code).toBe('expired');
    expect(isSessionError(error, 'expired')).toBe(true);
    expect(error.messageIn('en')).toMatch(/expired/);
  });

  it('rotates: the old key verifies until it is removed', async () => {
    const clock = () => T0;
    const before = createSessionIssuer({ keys: [OLD], ttlMs: 3_600_000, clock });
    const { token: oldToken } = await before.issue({ sub: 'u1' });

    const during = createSessionIssuer({ keys: [NEW, OLD], ttlMs: 3_600_000, clock });
    await expect(during.verify(oldToken)).resolves.toMatchObject({ sub: 'u1' });
    const { token: newToken } = await during.issue({ sub: 'u2' });
    expect(
      JSON.parse(Buffer.from(newToken.split('.')[0] as string, 'base64url').toString()).kid,
    ).toBe('2026-11');

    const after = createSessionIssuer({ keys: [NEW], ttlMs: 3_600_000, clock });
    await expect(after.verify(newToken)).resolves.toMatchObject({ sub: 'u2' });
    expect((await rejection(after.verify(oldToken))).code).toBe('invalid');
  });

  it('refuses tampered payloads, swapped kids, alg none, other issuers and garbage', async () => {
    const issuer = createSessionIssuer({ keys: [NEW, OLD], ttlMs: 3_600_000, clock: () => T0 });
    const { token } = await issuer.issue({ sub: 'u1' });
    const [h, p, s] = token.split('.') as [string, string, string];

    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, sub: 'someone-else' })).toString(
      'base64url',
    );
    expect((await rejection(issuer.verify(`${h}.${forged}.${s}`))).code).toBe('invalid');

    // Same signature, header claiming the other (still trusted) key.
    const swapped = Buffer.from(
      JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: '2026-10' }),
    ).toString('base64url');
    expect((await rejection(issuer.verify(`${swapped}.${p}.${s}`))).code).toBe('invalid');

    const none = new UnsecuredJWT(payload).encode();
    const noneWithKid = `${Buffer.from(JSON.stringify({ alg: 'none', kid: '2026-11' })).toString('base64url')}.${none.split('.')[1]}.`;
    expect((await rejection(issuer.verify(none))).code).toBe('invalid');
    expect((await rejection(issuer.verify(noneWithKid))).code).toBe('invalid');

    const stranger = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', kid: '2026-11' })
      .setSubject('u1')
      .setIssuer('someone-else')
      .setAudience('govmini-auth')
      .setIssuedAt(T0 / 1000)
      .setExpirationTime(T0 / 1000 + 600)
      .setJti('x')
      .sign(new TextEncoder().encode(NEW.secret));
    expect((await rejection(issuer.verify(stranger))).code).toBe('invalid');

    for (const junk of ['', 'abc', 'a.b.c', `${h}.${p}`]) {
      expect((await rejection(issuer.verify(junk))).code).toBe('invalid');
    }
  });

  it('never shows a key or the token in errors or in the issuer object', async () => {
    const issuer = createSessionIssuer({ keys: [NEW], ttlMs: 60_000, clock: () => T0 });
    const { token } = await issuer.issue({ sub: 'u1' });
    const error = await rejection(issuer.verify(`${token}x`));
    const dump = [
      JSON.stringify(error),
      inspect(error, { showHidden: true, depth: 10 }),
      inspect(issuer),
    ];
    for (const text of dump) {
      expect(text).not.toContain('SENTINEL');
      expect(text).not.toContain(token);
    }
  });

  it('refuses short keys, duplicate kids and no keys, naming only the kid', () => {
    expect(() =>
      createSessionIssuer({ keys: [{ kid: 'k', secret: 'SENTINEL-short' }], ttlMs: 60_000 }),
    ).toThrow(/"k" is shorter than 32 bytes/);
    try {
      createSessionIssuer({ keys: [{ kid: 'k', secret: 'SENTINEL-short' }], ttlMs: 60_000 });
    } catch (error) {
      expect(String(error)).not.toContain('SENTINEL');
    }
    expect(() => createSessionIssuer({ keys: [NEW, NEW], ttlMs: 60_000 })).toThrow(/duplicate/);
    expect(() => createSessionIssuer({ keys: [], ttlMs: 60_000 })).toThrow(/at least one key/);
    expect(() =>
      createSessionIssuer({ keys: [{ kid: 'bytes', secret: new Uint8Array(32) }], ttlMs: 60_000 }),
    ).not.toThrow();
  });
});
