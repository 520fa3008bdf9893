// Every rule of who may see and do what, attacked over HTTP on each database: another citizen's
// dossier, draft, report, attachment and photo ids; guessed dossier codes; forged, tampered,
// expired, signed-out and rotated session tokens; the staff API with a citizen's session.
import { createHmac } from 'node:crypto';
import {
  blobOf,
  CONFORMANCE_PROCEDURE,
  fileBytes,
  submission,
  VALID_ANSWERS,
} from '@govmini/dossier/testing';
import { CONFORMANCE_CATEGORIES, newReport, photoBytes } from '@govmini/feedback/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** An HS256 JWT signed with `secret`, shaped like the server's sessions. */
function forge(
  claims: Record<string, unknown>,
  secret: string,
  header: Record<string, unknown> = {},
) {
  const head = b64({ alg: 'HS256', typ: 'JWT', kid: 't1', ...header });
  const body = b64(claims);
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

for (const database of testDatabases()) {
  describe(`authorisation over HTTP, ${database.name}`, () => {
    let stack: Stack;
    let a: string;
    let b: string;
    beforeAll(async () => {
      stack = await startStack({
        database,
        procedures: [CONFORMANCE_PROCEDURE],
        categories: CONFORMANCE_CATEGORIES,
      });
      a = await stack.signIn(0);
      b = await stack.signIn(1);
    });
    afterAll(() => stack.close());

    const api = (path: string, init: RequestInit & { token?: string } = {}) => {
      const headers = new Headers(init.headers);
      if (init.token) headers.set('authorization', `Bearer ${init.token}`);
      return fetch(`${stack.url}${path}`, { ...init, headers });
    };
    const errorCode = async (response: Response) =>
      ((await response.json()) as { error: { code: string; message: string } }).error;

    it('never shows, changes or reveals another citizen’s dossier; guessed codes look the same', async () => {
      const dossier = await stack.dossier.submit(a, submission());
      const guessed = dossier.code.replace(
        /-(\d{4})$/,
        (_, n) => `-${String(Number(n) + 1).padStart(4, '0')}`,
      );
      const theirs = await api(`/api/dossier/dossiers/${encodeURIComponent(dossier.code)}`, {
        token: b,
      });
      const nothing = await api(`/api/dossier/dossiers/${encodeURIComponent(guessed)}`, {
        token: b,
      });
      expect(theirs.status).toBe(404);
      expect(nothing.status).toBe(404);
      // Byte for byte the same answer: nothing tells a real code from a made-up one.
      expect(await theirs.text()).toBe(await nothing.text());
      for (const [path, body] of [
        ['cancel', { reason: 'Không cần nữa' }],
        ['rating', { level: 'satisfied' }],
        ['supplement', { note: 'Gửi thêm' }],
      ] as const) {
        const res = await api(`/api/dossier/dossiers/${encodeURIComponent(dossier.code)}/${path}`, {
          method: 'POST',
          token: b,
          headers: { 'content-type': 'application/json', 'idempotency-key': 'attacker-key-0001' },
          body: JSON.stringify(body),
        });
        expect(res.status, path).toBe(404);
      }
      // "Tôi đã chuyển khoản" on someone else's dossier, or with no session: nothing moves.
      const transfer = `/api/dossier/dossiers/${encodeURIComponent(dossier.code)}/payment/transfer`;
      const stranger = await api(transfer, { method: 'POST', token: b });
      expect(stranger.status).toBe(404);
      expect(await stranger.text()).toBe(
        await (
          await api(`/api/dossier/dossiers/${encodeURIComponent(guessed)}/payment/transfer`, {
            method: 'POST',
            token: b,
          })
        ).text(),
      );
      expect((await api(transfer, { method: 'POST' })).status).toBe(401);
      expect((await stack.dossier.get(a, dossier.code)).payment?.status).toBe('unpaid');
      expect((await stack.dossier.get(a, dossier.code)).status).toBe(1);
      expect(await stack.dossier.listMine(b)).toEqual([]);
      // The public lookup of a guessed code: not found; of a real one: status only.
      await expect(stack.dossier.lookup(guessed)).rejects.toMatchObject({ code: 'not_found' });
      const status = await stack.dossier.lookup(dossier.code);
      expect(JSON.stringify(status)).not.toContain(String(VALID_ANSWERS.cccd));
    });

    it('keeps drafts per citizen: the same draft id from another citizen is theirs, never a read or an overwrite', async () => {
      const draft = {
        id: 'draft-shared-id',
        procedureId: CONFORMANCE_PROCEDURE.id,
        procedureVersion: CONFORMANCE_PROCEDURE.version,
        answers: { fullName: 'Nguyễn Thị Hoa' },
        pageId: 'nguoi-yeu-cau',
        updatedAt: 1_000,
      };
      await stack.dossier.saveDraft(a, draft);
      const theirs = await stack.dossier.saveDraft(b, {
        ...draft,
        answers: { fullName: 'Kẻ gian' },
        updatedAt: 9_999,
      });
      expect(theirs.answers.fullName).toBe('Kẻ gian');
      expect((await stack.dossier.listDrafts(a))[0]?.answers.fullName).toBe('Nguyễn Thị Hoa');
      await stack.dossier.deleteDraft(b, draft.id);
      expect(await stack.dossier.listDrafts(a)).toHaveLength(1);
      expect(await stack.dossier.listDrafts(b)).toEqual([]);
    });

    it('serves an attachment to its owner only, and files it only in the owner’s dossier', async () => {
      const file = await stack.dossier.uploadAttachment(
        a,
        blobOf(fileBytes('pdf', 600), 'application/pdf'),
        {
          fieldId: 'idPhotos',
          procedureId: CONFORMANCE_PROCEDURE.id,
          name: 'cccd.pdf',
          type: 'application/pdf',
        },
      );
      const path = `/api/files/attachments/${file.id}`;
      expect((await api(path, { token: a })).status).toBe(200);
      expect((await api(path, { token: b })).status).toBe(404);
      expect((await api(path)).status).toBe(404);
      expect((await api('/api/files/attachments/att-made-up', { token: a })).status).toBe(404);
      expect(
        (await api('/api/files/attachments/..%2F..%2Fetc%2Fpasswd', { token: a })).status,
      ).toBe(404);
      await expect(
        stack.dossier.submit(b, submission({ answers: { ...VALID_ANSWERS, idPhotos: [file] } })),
      ).rejects.toMatchObject({ code: 'invalid_answers' });
    });

    it('keeps a private report and its photos from everyone but the reporter', async () => {
      const photo = await stack.feedback.uploadPhoto(a, blobOf(photoBytes('png'), 'image/png'), {
        name: 'anh.png',
        type: 'image/png',
      });
      const photoPath = new URL(photo.url).pathname;
      // Not yet in a report: only its owner sees it.
      expect((await api(photoPath)).status).toBe(404);
      expect((await api(photoPath, { token: b })).status).toBe(404);
      expect((await api(photoPath, { token: a })).status).toBe(200);
      const report = await stack.feedback.submit(a, newReport([photo.id], { publish: false }));
      await expect(stack.feedback.getMine(b, report.id)).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(stack.feedback.getPublic(report.id)).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(stack.feedback.support(b, report.id)).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(stack.feedback.submit(b, newReport([photo.id]))).rejects.toMatchObject({
        code: 'invalid_report',
      });
      expect((await api(photoPath)).status).toBe(404);
      expect((await api(photoPath, { token: b })).status).toBe(404);
      const mine = await api(photoPath, { token: a });
      expect(mine.status).toBe(200);
      expect(mine.headers.get('cache-control')).toContain('no-store');
    });

    it('serves a published report’s photo to anyone, cacheable, never as a page', async () => {
      const photo = await stack.feedback.uploadPhoto(
        a,
        blobOf(photoBytes('jpeg', 900), 'image/jpeg'),
        {
          name: 'anh.jpg',
          type: 'image/jpeg',
        },
      );
      await stack.feedback.submit(a, newReport([photo.id]));
      const res = await api(new URL(photo.url).pathname);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
      expect(res.headers.get('cache-control')).toContain('public');
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(photoBytes('jpeg', 900));
    });

    it('refuses forged, tampered, unsigned, expired, signed-out and rotated sessions everywhere', async () => {
      const [citizen] = stack.users;
      const now = Math.floor(stack.now() / 1000);
      const claims = {
        sub: citizen?.id,
        iss: 'govmini',
        aud: 'govmini-auth',
        iat: now,
        exp: now + 3600,
        jti: 'x',
      };
      const [head, , sig] = a.split('.');
      const tampered = `${head}.${b64({ ...claims, sub: stack.users[1]?.id })}.${sig}`;
      const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
      const wrongKey = forge(claims, 'an-attacker-secret-that-is-32-bytes-long!!');
      const otherKid = forge(claims, 'an-attacker-secret-that-is-32-bytes-long!!', {
        kid: 'other',
      });
      const session = await stack.signIn(0);
      const rotated = await stack.signIn(0);
      await stack.auth.refresh(rotated);
      await stack.auth.signOut(session);
      const tokens = { tampered, unsigned, wrongKey, otherKid, signedOut: session, rotated };
      for (const [name, token] of Object.entries(tokens)) {
        for (const path of [
          '/api/dossier/dossiers',
          '/api/feedback/reports',
          '/api/auth/consents',
          '/api/dossier/drafts',
        ]) {
          const res = await api(path, { token });
          expect(res.status, `${name} ${path}`).toBe(401);
        }
        await expect(stack.dossier.submit(token, submission()), name).rejects.toMatchObject({
          code: 'unauthenticated',
        });
      }
      // A real session past its lifetime.
      const old = await stack.signIn(0);
      stack.advance(stack.context.config.sessionTtlMs + 60_000);
      expect((await api('/api/dossier/dossiers', { token: old })).status).toBe(401);
      expect((await api('/api/feedback/reports', { token: old })).status).toBe(401);
      expect(await errorCode(await api('/api/dossier/dossiers', { token: old }))).toMatchObject({
        code: 'unauthenticated',
      });
    });

    it('refuses the staff API to citizens, anonymous callers and forged staff cookies', async () => {
      const fresh = await stack.signIn(0);
      for (const token of [fresh, undefined]) {
        for (const path of [
          '/staff/api/dossiers',
          '/staff/api/reports',
          '/staff/api/ratings',
          '/staff/api/session',
        ]) {
          const res = await api(path, token ? { token } : {});
          expect(res.status, `${path} ${token ? 'citizen' : 'anonymous'}`).toBe(401);
        }
        const move = await api('/staff/api/dossiers/000.00.06.H56-261201-0001/status', {
          method: 'POST',
          ...(token ? { token } : {}),
          headers: { 'content-type': 'application/json', origin: stack.url },
          body: JSON.stringify({ to: 2 }),
        });
        expect([401, 403]).toContain(move.status);
        const paid = await api('/staff/api/dossiers/000.00.06.H56-261201-0001/payment', {
          method: 'POST',
          ...(token ? { token } : {}),
          headers: { 'content-type': 'application/json', origin: stack.url },
          body: JSON.stringify({ action: 'confirm' }),
        });
        expect([401, 403]).toContain(paid.status);
      }
      const forged = await api('/staff/api/dossiers', {
        headers: { cookie: 'gm_staff=gms_forged.value; __Host-gm_staff=gms_forged.value' },
      });
      expect(forged.status).toBe(401);
    });
  });
}
