// In Chromium: the saved picture of the VietQR code is a PNG with the same modules as the code
// on screen — black on whole pixels, a white quiet zone — with the caption under it; and the
// code on screen is at least 240 CSS px on a 320 px phone at 200 % text, never wider than it.
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { paymentQrPayload } from '../../core/payment/payment-qr';
import { qrPath } from '../Confirmation/QrCode';
import { SAMPLE_ACCOUNT } from '../DossierDetail/sample-dossiers';
import { preview } from '../stories-support';
import * as stories from './FeePayment.stories';
import { qrImage } from './qr-image';

import.meta.glob('../**/*.css', { eager: true });

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);
afterEach(() => document.body.replaceChildren());

const payload = () => {
  const built = paymentQrPayload({
    account: SAMPLE_ACCOUNT,
    amount: 200_000,
    transferContent: 'HS 0000006H562611250011',
    dossierCode: '000.00.06.H56-261125-0011',
  });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
};

/** Which modules of the drawing are dark, from its SVG path (`M{x} {y}h1v1h-1z` each). */
async function darkModules(value: string): Promise<{ size: number; dark: Set<string> }> {
  const drawing = await qrPath(value);
  const dark = new Set([...drawing.path.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));
  return { size: drawing.size, dark };
}

test('the saved PNG has every module of the code, 10 px each, and the caption below', async () => {
  const value = payload();
  const blob = await qrImage(value, {
    caption: ['Số tiền: 200.000 ₫', 'VietinBank – 113000012345'],
  });
  expect(blob.type).toBe('image/png');
  const bitmap = await createImageBitmap(blob);
  const { size, dark } = await darkModules(value);
  expect(bitmap.width).toBe(size * 10);
  expect(bitmap.height).toBeGreaterThan(size * 10);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  context.drawImage(bitmap, 0, 0);
  const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const at = (x: number, y: number) => pixels[(y * bitmap.width + x) * 4] ?? -1;
  let wrong = 0;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const red = at(col * 10 + 5, row * 10 + 5); // the middle of the module
      if (red < 128 !== dark.has(`${col},${row}`)) wrong++;
    }
  }
  expect(wrong).toBe(0);
  // The quiet zone (4 modules) is white all round; some of the caption is ink.
  expect(dark.has('3,3')).toBe(false);
  let ink = 0;
  for (let y = size * 10; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) if (at(x, y) < 128) ink++;
  }
  expect(ink).toBeGreaterThan(100);
});

test('the code on screen is at least 240 CSS px, within a 320 px screen at 200 % text', async () => {
  for (const textSize of [1, 2]) {
    const { Unpaid } = composeStories(stories, { initialGlobals: { textSize } });
    await page.viewport(320, 640);
    const canvas = document.createElement('div');
    document.body.append(canvas);
    await Unpaid.run({ canvasElement: canvas });
    await expect
      .poll(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize))
      .toBe(18 * textSize);
    await expect.poll(() => canvas.querySelector('svg[role=img]')).toBeTruthy();
    const qr = canvas.querySelector('svg[role=img]') as SVGElement;
    expect(qr.getAttribute('aria-label')).toMatch(/^Mã VietQR để chuyển 200\.000.₫/);
    const { width, height, right } = qr.getBoundingClientRect();
    expect(width).toBeGreaterThanOrEqual(240);
    expect(height).toBe(width);
    expect(right).toBeLessThanOrEqual(320);
    document.body.replaceChildren();
  }
});
