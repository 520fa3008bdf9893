// Signed photo links on their own: what a link grants (one file, one session, until its time),
// that every part of it is covered by the signature, and key rotation.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createFileLinks,
  SIGNED_LINK_MAX_LIFE_MS,
  SIGNED_LINK_MIN_LIFE_MS,
  SIGNED_LINK_STEP_MS,
} from './file-links.ts';

const OLD = { kid: 'k1', secret: 'SENTINEL-old-session-key-0123456789abcdef' };
const NEW = { kid: 'k2', secret: 'SENTINEL-new-session-key-0123456789abcdef' };
const SESSION = '6f1c2a9e-3b7d-4c1e-9f0a-2d4b6c8e0a1b';
const OTHER_SESSION = '0a1b2c3d-4e5f-4a6b-8c9d-0e1f2a3b4c5d';
const START = Date.parse('2026-12-01T08:03:20+07:00');

function links(keys = [OLD], start = START) {
  const clock = { now: start };
  const made = createFileLinks({
    keys,
    publicUrl: () => 'https://dvc.tinhmau.gov.vn',
    now: () => clock.now,
  });
  return { ...made, clock };
}

const queryOf = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('signed photo links', () => {
  it('grants one photo to one session until a time 10 to 15 minutes ahead', () => {
    const l = links();
    const link = l.signed('photos', 'photo-1', SESSION);
    expect(link.url).toMatch(
      /^https:\/\/dvc\.tinhmau\.gov\.vn\/api\/files\/photos\/photo-1\?exp=\d+&sid=[\w-]+&sig=[\w-]{43}$/,
    );
    expect(link.expiresMs - START).toBeGreaterThanOrEqual(SIGNED_LINK_MIN_LIFE_MS);
    expect(link.expiresMs - START).toBeLessThan(SIGNED_LINK_MAX_LIFE_MS);
    expect(link.expiresMs % SIGNED_LINK_STEP_MS).toBe(0);
    expect(l.verify('photos', 'photo-1', queryOf(link.url))).toEqual({
      sessionId: SESSION,
      expiresMs: link.expiresMs,
    });
    expect(l.plain('photos', 'photo-1')).toBe(
      'https://dvc.tinhmau.gov.vn/api/files/photos/photo-1',
    );
  });

  it('gives the same URL within one five-minute step, so the phone can reuse its copy', () => {
    const l = links();
    const first = l.signed('photos', 'photo-1', SESSION);
    l.clock.now += 60_000;
    expect(l.signed('photos', 'photo-1', SESSION).url).toBe(first.url);
    l.clock.now += SIGNED_LINK_STEP_MS;
    expect(l.signed('photos', 'photo-1', SESSION).url).not.toBe(first.url);
  });

  it('refuses it for another photo, another session, another time or another signature', () => {
    const l = links();
    const query = queryOf(l.signed('photos', 'photo-1', SESSION).url);
    const other = queryOf(l.signed('photos', 'photo-2', OTHER_SESSION).url);
    expect(l.verify('photos', 'photo-2', query)).toBeUndefined();
    expect(l.verify('photos', 'photo-1', { ...query, sid: OTHER_SESSION })).toBeUndefined();
    // Earlier, so still within the life the server gives: only the signature refuses it.
    expect(
      l.verify('photos', 'photo-1', { ...query, exp: String(Number(query.exp) - 300) }),
    ).toBeUndefined();
    expect(l.verify('photos', 'photo-1', { ...query, sig: other.sig })).toBeUndefined();
    const flipped = `${query.sig?.[0] === 'A' ? 'B' : 'A'}${query.sig?.slice(1)}`;
    expect(l.verify('photos', 'photo-1', { ...query, sig: flipped })).toBeUndefined();
    for (const missing of ['exp', 'sid', 'sig'] as const) {
      const { [missing]: _, ...rest } = query;
      expect(l.verify('photos', 'photo-1', rest), missing).toBeUndefined();
    }
    expect(l.verify('photos', 'photo-1', { ...query, exp: '1e12' })).toBeUndefined();
  });

  it('refuses it from the moment it expires', () => {
    const l = links();
    const link = l.signed('photos', 'photo-1', SESSION);
    l.clock.now = link.expiresMs - 1;
    expect(l.verify('photos', 'photo-1', queryOf(link.url))).toBeDefined();
    l.clock.now = link.expiresMs;
    expect(l.verify('photos', 'photo-1', queryOf(link.url))).toBeUndefined();
  });

  it('refuses a link claiming a longer life than the server ever gives', () => {
    // Made by a server whose clock runs an hour ahead (the same key): its links would live too
    // long here, as would a link made with a leaked key.
    const ahead = links([OLD], START + 3_600_000);
    const link = ahead.signed('photos', 'photo-1', SESSION);
    expect(links().verify('photos', 'photo-1', queryOf(link.url))).toBeUndefined();
  });

  it('follows SESSION_KEYS rotation: the first key signs, every key verifies', () => {
    const before = links([OLD]);
    const link = before.signed('photos', 'photo-1', SESSION);
    const rotated = links([NEW, OLD]);
    expect(rotated.verify('photos', 'photo-1', queryOf(link.url))).toBeDefined();
    expect(rotated.signed('photos', 'photo-1', SESSION).url).not.toBe(link.url);
    expect(links([NEW]).verify('photos', 'photo-1', queryOf(link.url))).toBeUndefined();
  });

  it('does not sign with the session key itself (a link is no session token)', () => {
    const l = links();
    const { exp, sig } = queryOf(l.signed('photos', 'photo-1', SESSION).url);
    const direct = createHmac('sha256', OLD.secret)
      .update(`photos\nphoto-1\n${exp}\n${SESSION}`)
      .digest('base64url');
    expect(sig).not.toBe(direct);
  });
});
