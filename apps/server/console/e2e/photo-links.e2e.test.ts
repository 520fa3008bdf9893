// The bug this guards, in the browser that has it: the mini app shows a report's photos with
// `<img src={photo.url}>`, from its own origin, and an image request carries no session (the
// app's session is a bearer token, not a cookie). In Chromium, on another origin, without
// cookies: a private report's photo loads from the signed link its reporter was given, and
// not from its bare URL. (It lives with the console's Chromium suite, the server's only one;
// the rules themselves are tested in test/files.test.ts on both databases.)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared.ts';
import { type StaffWorld, startStaffWorld } from '../../src/staff/testing.ts';

/** A real 3×2 PNG (the fixtures' photo bytes are a header and filler: no browser decodes them). */
function png(width = 3, height = 2): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc(height * (1 + width * 3), 0x7f);
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** An empty page on its own port of 127.0.0.1: an origin other than the server's. */
async function serveBlankPage() {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="vi"><title>Ứng dụng thử</title><body></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What an `<img>` made of `url` ends as: its natural width when it loads, or 'error'. */
const imgResult = (page: Page, url: string) =>
  page.evaluate(
    (src) =>
      new Promise<number | 'error'>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(img.naturalWidth);
        img.onerror = () => resolve('error');
        img.src = src;
        document.body.append(img);
      }),
    url,
  );

describe('a private report’s photo in Chromium', () => {
  let world: StaffWorld;
  let browser: Browser;
  let app: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    world = await startStaffWorld();
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    app = await serveBlankPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await world?.close();
  });

  it('shows to its reporter as <img src>, and not from its bare URL', async () => {
    const token = await world.citizen('cong-dan-1');
    const photo = await world.feedback.uploadPhoto(
      token,
      new Blob([png() as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
      { name: '', type: 'image/png' },
    );
    const report = await world.feedback.submit(token, {
      categoryId: 'ha-tang-giao-thong',
      description: 'Ổ gà lớn giữa đường, xin giữ kín.',
      photoIds: [photo.id],
      location: { kind: 'commune', provinceCode: '01', communeCode: '00070', place: 'Hàng Bài' },
      showName: false,
      publish: false,
      notify: true,
      idempotencyKey: `photo-links-e2e-${globalThis.crypto.randomUUID()}`,
    });
    const [shown] = (await world.feedback.getMine(token, report.id)).photos;
    expect(shown?.expiresAt).toBeDefined();

    const context = await browser.newContext();
    const page = await context.newPage();
    // Another origin than the server's, as the mini app is (Zalo's, or its dev server's).
    await page.goto(app.url);
    expect(await imgResult(page, shown?.url ?? '')).toBe(3);
    expect(await imgResult(page, (shown?.url ?? '').split('?')[0] ?? '')).toBe('error');
    await context.close();
  });
});
