// Photos as the mini app loads them — `<img src>`, no Authorization header — on each database:
// a private report's photo through the signed link its reporter's session was given (headers
// for a phone's private cache only), and nobody else's way in: the bare URL, another session,
// another photo's or another session's signature, an expired link, a link whose session has
// signed out. An officer's answer photo on a private report reaches the reporter the same way;
// a published report's photo stays a plain, cacheable URL. No log line holds a signature.
import { blobOf, CONFORMANCE_CATEGORIES, newReport, photoBytes } from '@govmini/feedback/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNED_LINK_MAX_LIFE_MS } from '../src/http/file-links.ts';
import { testDatabases } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

for (const database of testDatabases()) {
  describe(`photo links over HTTP, ${database.name}`, () => {
    let stack: Stack;
    let a: string;
    let b: string;
    beforeAll(async () => {
      stack = await startStack({ database, categories: CONFORMANCE_CATEGORIES });
      a = await stack.signIn(0);
      b = await stack.signIn(1);
    });
    afterAll(() => stack.close());

    /** As an <img> loads it: the URL alone, or with a bearer token when given. */
    const load = (url: string, token?: string) =>
      fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const bare = (url: string) => url.split('?')[0] ?? '';
    const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

    let size = 700;
    /** A private report by `token` with one PNG (a size of its own); its photo as they see it. */
    async function privatePhoto(token: string) {
      const bytes = photoBytes('png', ++size);
      const uploaded = await stack.feedback.uploadPhoto(token, blobOf(bytes, 'image/png'), {
        name: 'anh.png',
        type: 'image/png',
      });
      const report = await stack.feedback.submit(
        token,
        newReport([uploaded.id], { publish: false }),
      );
      const [photo] = (await stack.feedback.getMine(token, report.id)).photos;
      if (!photo) throw new Error('no photo');
      return { report, photo, bytes, uploaded };
    }

    it('loads a private photo for its reporter from the signed link, for their phone only', async () => {
      const { photo, bytes, uploaded } = await privatePhoto(a);
      expect(uploaded.expiresAt).toBeDefined();
      expect(photo.url).toMatch(/\/api\/files\/photos\/photo-[\w-]+\?exp=\d+&sid=[\w-]+&sig=/);
      const expires = Date.parse(photo.expiresAt ?? '');
      expect(expires - stack.now()).toBeGreaterThanOrEqual(10 * 60_000);
      expect(expires - stack.now()).toBeLessThan(SIGNED_LINK_MAX_LIFE_MS);

      const res = await load(photo.url);
      expect(res.status).toBe(200);
      expect(await bytesOf(res)).toEqual(bytes);
      const cache = res.headers.get('cache-control') ?? '';
      expect(cache).toMatch(/^private, max-age=\d+$/);
      expect(Number(cache.split('=')[1]) * 1000).toBeLessThanOrEqual(expires - stack.now());
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
    });

    it('never lets anyone else in: bare URL, other sessions, borrowed or altered signatures', async () => {
      const mine = await privatePhoto(a);
      const theirs = await privatePhoto(b);
      const refused = async (url: string, token?: string) => {
        const res = await load(url, token);
        expect(res.status, url).toBe(404);
        expect(res.headers.get('cache-control')).toBe('no-store');
      };
      await refused(bare(mine.photo.url));
      await refused(bare(mine.photo.url), b);
      // B's signature (for B's session and photo) on A's photo, and A's link made B's.
      const theirQuery = new URL(theirs.photo.url).search;
      await refused(`${bare(mine.photo.url)}${theirQuery}`);
      const theirSid = new URL(theirs.photo.url).searchParams.get('sid') ?? '';
      const swapped = new URL(mine.photo.url);
      swapped.searchParams.set('sid', theirSid);
      await refused(swapped.href);
      const later = new URL(mine.photo.url);
      later.searchParams.set('exp', String(Number(later.searchParams.get('exp')) + 300));
      await refused(later.href);
      // A signature for the photo that is not the server's.
      const forged = new URL(mine.photo.url);
      forged.searchParams.set('sig', 'A'.repeat(43));
      await refused(forged.href);
      // Each still loads their own.
      expect(await bytesOf(await load(mine.photo.url))).toEqual(mine.bytes);
      expect(await bytesOf(await load(theirs.photo.url))).toEqual(theirs.bytes);
    });

    it('refuses a link once it has expired; getting the report again gives a fresh one', async () => {
      const { report, photo, bytes } = await privatePhoto(a);
      stack.advance(SIGNED_LINK_MAX_LIFE_MS);
      expect((await load(photo.url)).status).toBe(404);
      const [fresh] = (await stack.feedback.getMine(a, report.id)).photos;
      expect(fresh?.url).not.toBe(photo.url);
      expect(await bytesOf(await load(fresh?.url ?? ''))).toEqual(bytes);
    });

    it('ends a link with its session: signed out, it loads nothing though not expired', async () => {
      const session = await stack.signIn(0);
      const { photo } = await privatePhoto(session);
      expect((await load(photo.url)).status).toBe(200);
      await stack.auth.signOut(session);
      expect(Date.parse(photo.expiresAt ?? '')).toBeGreaterThan(stack.now());
      expect((await load(photo.url)).status).toBe(404);
    });

    it('shows an officer’s answer photo on a private report to its reporter, signed', async () => {
      const { report } = await privatePhoto(a);
      const answerBytes = photoBytes('jpeg', 1500);
      // As the staff console does it (src/staff/report-routes.ts): the officer's upload, the
      // answer, then the photo linked to the report.
      const officerPhoto = await stack.context.photos.upload(
        'staff:officer-1',
        blobOf(answerBytes, 'image/jpeg'),
        { name: '', type: 'image/jpeg' },
      );
      await stack.context.feedbackOfficer.answer(report.id, {
        text: 'Đã vá mặt đường, ảnh chụp sau khi sửa.',
        attachments: [officerPhoto],
      });
      await stack.context.db
        .updateTable('attachments')
        .set({ used_by: report.id })
        .where('id', '=', officerPhoto.id)
        .execute();
      const [attached] = (await stack.feedback.getMine(a, report.id)).answer?.attachments ?? [];
      expect(attached?.id).toBe(officerPhoto.id);
      expect(attached?.expiresAt).toBeDefined();
      expect(await bytesOf(await load(attached?.url ?? ''))).toEqual(answerBytes);
      expect((await load(bare(attached?.url ?? ''))).status).toBe(404);
      expect((await load(bare(attached?.url ?? ''), b)).status).toBe(404);
    });

    it('keeps a published report’s photo a plain, public, cacheable URL', async () => {
      const bytes = photoBytes('jpeg', 1200);
      const uploaded = await stack.feedback.uploadPhoto(a, blobOf(bytes, 'image/jpeg'), {
        name: 'anh.jpg',
        type: 'image/jpeg',
      });
      const report = await stack.feedback.submit(a, newReport([uploaded.id]));
      const [mine] = report.photos;
      const [shown] = (await stack.feedback.getPublic(report.id)).photos;
      expect(mine?.url).toBe(shown?.url);
      expect(shown?.url).not.toContain('?');
      expect(shown?.expiresAt).toBeUndefined();
      const res = await load(shown?.url ?? '');
      expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
      expect(await bytesOf(res)).toEqual(bytes);
    });

    it('never writes a link’s signature or session id into the log', async () => {
      const { photo } = await privatePhoto(a);
      await load(photo.url);
      const url = new URL(photo.url);
      const logged = stack.logs.join('\n');
      expect(logged).toContain(url.pathname);
      expect(logged).not.toContain(url.searchParams.get('sig') ?? '');
      expect(logged).not.toContain(url.searchParams.get('sid') ?? '');
    });
  });
}
