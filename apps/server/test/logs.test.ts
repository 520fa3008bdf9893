// What the server writes to its log, captured line by line through a whole day of use — sign-in,
// phone and location exchange, dossiers with CCCD numbers, reports, failures, forged and expired
// tokens, rate limits — must never hold a phone number (in any form), a CCCD, a session or Zalo
// token, a one-time code or a secret. And the log is still useful: it has the requests.
import { CONFORMANCE_PROCEDURE, submission, VALID_ANSWERS } from '@govmini/dossier/testing';
import { blobOf, CONFORMANCE_CATEGORIES, newReport, photoBytes } from '@govmini/feedback/testing';
import { describe, expect, it } from 'vitest';
import { maskText } from '../src/log.ts';
import { testDatabases } from './support/databases.ts';
import { APP_SECRET, SESSION_SECRET, startStack } from './support/stack.ts';

describe('maskText', () => {
  it.each([
    ['gọi 0912345678 nhé', '0912345678'],
    ['+84 912 345 678', '912 345 678'],
    ['84912345678', '84912345678'],
    ['0912.345.678', '345.678'],
    ['CCCD 001185012345', '001185012345'],
    ['CMND 123456789', '123456789'],
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', 'eyJzdWIiOiIxIn0'],
    ['fake-phone.AbCdEf123', 'AbCdEf123'],
  ])('masks %s', (input, secret) => {
    expect(maskText(input)).not.toContain(secret);
  });

  it('keeps what is not personal: dossier codes, statuses, times', () => {
    const line = 'POST /api/dossier/dossiers/000.00.06.H56-261201-0001/cancel 409 12.5ms';
    expect(maskText(line)).toBe(line);
  });
});

for (const database of testDatabases()) {
  describe(`the log, ${database.name}`, () => {
    it('never holds a phone number, CCCD, token, code or secret, whatever happens', async () => {
      const stack = await startStack({
        database,
        procedures: [CONFORMANCE_PROCEDURE],
        categories: CONFORMANCE_CATEGORIES,
        config: {
          rateLimits: {
            citizenWrites: { max: 8, windowMs: 60_000 },
            ip: { max: 100_000, windowMs: 60_000 },
          },
        },
      });
      const [hoa] = stack.users;
      if (!hoa) throw new Error('no citizen');
      const secrets: string[] = [APP_SECRET, SESSION_SECRET, String(VALID_ANSWERS.cccd)];
      const soft = async (promise: Promise<unknown>) => promise.catch((error: unknown) => error);
      try {
        const zaloToken = stack.zalo.issueAccessToken(hoa.id);
        secrets.push(zaloToken);
        const session = await stack.auth.signIn({ zaloAccessToken: zaloToken, consents: [] });
        secrets.push(session.token);
        const phoneCode = stack.zalo.issuePhoneCode(hoa.id, '0912345678');
        secrets.push(phoneCode, '84912345678', '0912345678', '912345678');
        await stack.auth.exchangePhoneToken(session.token, phoneCode);
        await soft(stack.auth.exchangePhoneToken(session.token, phoneCode));
        const locationCode = stack.zalo.issueLocationCode(hoa.id, {
          latitude: 21.0278,
          longitude: 105.8342,
        });
        secrets.push(locationCode);
        const location = await stack.feedback.resolveLocation(session.token, locationCode);
        await soft(stack.feedback.resolveLocation(session.token, locationCode));

        const dossier = await stack.dossier.submit(session.token, submission());
        await soft(
          stack.dossier.submit(session.token, submission({ answers: { cccd: '0011850123' } })),
        );
        await stack.dossier.cancel(session.token, dossier.code, 'Gọi lại số 0912345678 giúp tôi');
        const photo = await stack.feedback.uploadPhoto(
          session.token,
          blobOf(photoBytes('png'), 'image/png'),
          {
            name: 'IMG_0912345678.png',
            type: 'image/png',
          },
        );
        await stack.feedback.submit(
          session.token,
          newReport([photo.id], {
            description: 'Liên hệ 0912 345 678, CCCD 001185012345',
            location,
          }),
        );
        // Over the per-citizen write limit: 429s, logged.
        for (let i = 0; i < 4; i++) await soft(stack.dossier.submit(session.token, submission()));
        // Forged, refreshed-away and expired sessions.
        await soft(stack.dossier.listMine(`${session.token}x`));
        const refreshed = await stack.auth.refresh(session.token);
        secrets.push(refreshed.token);
        await soft(stack.dossier.listMine(session.token));
        await soft(stack.auth.signIn({ zaloAccessToken: `${zaloToken}-forged`, consents: [] }));
        stack.zalo.setFault('down');
        await soft(stack.auth.signIn({ zaloAccessToken: zaloToken, consents: [] }));
        stack.zalo.setFault(null);
        stack.advance(2 * 60 * 60_000);
        await soft(stack.dossier.listMine(refreshed.token));
      } finally {
        await stack.close();
      }
      const all = stack.logs.join('\n');
      expect(stack.logs.length).toBeGreaterThan(20);
      expect(all).toContain('http.request');
      expect(all).toContain('http.rate_limited');
      expect(all).toContain('api.error');
      for (const secret of secrets)
        expect(all, `the log holds ${secret.slice(0, 12)}…`).not.toContain(secret);
      expect(all).not.toMatch(/SENTINEL|091\s?234|912\s?345\s?678|001185012345/);
      for (const line of stack.logs) expect(() => JSON.parse(line)).not.toThrow();
    });
  });
}
