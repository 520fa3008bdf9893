// In real Chromium, end to end: a photo with camera metadata is picked, made ready on the
// phone, blurred in the PhotoRedactor (a box added with the button, as a keyboard user would),
// and the report is sent. What the backend received is then decoded and compared, pixel by
// pixel, with the same photo unblurred: different inside the box, identical away from it; and
// neither the picked file nor its metadata ever reached the backend.
import { GovMiniProvider } from '@govmini/ui';
import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { renderPhoto } from '../../core/photos/canvas';
import { centredRegion, toPixelRect } from '../../core/photos/index';
import { preparePhoto } from '../../core/photos/prepare';
import type { MemoryFeedbackService } from '../../testing/memory-service';
import { ReportForm } from '../ReportForm/ReportForm';
import { completeDraft, seedDraft } from '../ReportForm/story-drafts';
import { createFeedbackWorld, FeedbackWorldProvider, settle, waitFor } from '../stories-support';

import.meta.glob('../**/*.css', { eager: true });
afterEach(cleanup);

/** The JPEG with an Exif segment carrying a GPS tag name, as phone cameras write. */
async function withExif(jpeg: Blob): Promise<Blob> {
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  const payload = new TextEncoder().encode('Exif\0\0GPSLatitude=21.0287;GPSLongitude=105.8524');
  const app1 = new Uint8Array([0xff, 0xe1, 0, payload.length + 2, ...payload]);
  return new Blob([bytes.subarray(0, 2), app1, bytes.subarray(2)], { type: 'image/jpeg' });
}

/** A detailed photo: 6 px squares in changing colours (pixelation must visibly destroy it). */
async function detailedPhoto(width = 800, height = 600): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  for (let y = 0; y < height; y += 6) {
    for (let x = 0; x < width; x += 6) {
      const on = (x / 6 + y / 6) % 2 === 0;
      g.fillStyle = on ? `rgb(${(x * 3) % 256}, ${(y * 2) % 256}, 40)` : 'rgb(240, 240, 230)';
      g.fillRect(x, y, 6, 6);
    }
  }
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
}

async function pixels(blob: Blob) {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  g.drawImage(bitmap, 0, 0);
  return g.getImageData(0, 0, bitmap.width, bitmap.height);
}

const button = (name: string) =>
  waitFor(() =>
    [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name),
  );
const hasBytes = (haystack: Uint8Array, needle: Uint8Array) => {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

test('the photo sent is the blurred one: changed inside the box, identical elsewhere, no metadata', async () => {
  const picked = await withExif(await detailedPhoto());
  const prepared = await preparePhoto(picked);
  expect(
    hasBytes(new Uint8Array(await picked.arrayBuffer()), new TextEncoder().encode('GPSLatitude')),
  ).toBe(true);

  const world = await createFeedbackWorld({
    setup: (w) =>
      seedDraft(w, completeDraft({ step: 'blur' }), [prepared.blob]).then(() => undefined),
  });
  render(
    <GovMiniProvider platform={world.platform} locale="vi" applyTo="none">
      <FeedbackWorldProvider world={world}>
        <ReportForm />
      </FeedbackWorldProvider>
    </GovMiniProvider>,
  );
  (await button('Che mờ ảnh 1')).click();
  (await button('Thêm vùng che')).click();
  await settle();
  (await button('Che và lưu ảnh')).click();
  await waitFor(() => document.querySelector('.gm-status-tag--success')); // "Đã che"
  (await button('Tiếp tục')).click(); // blur → location (filled) → …
  await waitFor(() =>
    document.querySelector('h1, legend h1')?.textContent?.includes('Vấn đề ở đâu'),
  );
  (await button('Tiếp tục')).click();
  await waitFor(() => document.body.textContent?.includes('Lựa chọn khi gửi'));
  (await button('Tiếp tục')).click();
  (await button('Gửi phản ánh')).click();
  await waitFor(() => document.body.textContent?.includes('Mã phản ánh'), 10_000);

  const service = world.service as MemoryFeedbackService;
  const uploads = service.controls.photos();
  expect(uploads).toHaveLength(1);
  const sent = uploads[0]?.bytes as Uint8Array;
  // Not the picked file, and none of its metadata.
  expect(sent).not.toEqual(new Uint8Array(await picked.arrayBuffer()));
  expect(hasBytes(sent, new TextEncoder().encode('GPSLatitude'))).toBe(false);
  expect(hasBytes(sent, new TextEncoder().encode('Exif'))).toBe(false);

  // Pixel by pixel against the same photo re-encoded the same way without a box.
  const plain = await pixels((await renderPhoto(prepared.blob, [], { maxDimension: 1600 })).blob);
  const blurred = await pixels(new Blob([sent.slice()], { type: 'image/jpeg' }));
  expect([blurred.width, blurred.height]).toEqual([plain.width, plain.height]);
  const box = toPixelRect(centredRegion('r1'), plain.width, plain.height);
  // JPEG codes 16 × 16 blocks and smooths colour across their edges: compare well away from it.
  const margin = 32;
  let inside = 0;
  let insideChanged = 0;
  let outside = 0;
  let outsideChanged = 0;
  for (let y = 0; y < plain.height; y++) {
    for (let x = 0; x < plain.width; x++) {
      const i = (y * plain.width + x) * 4;
      const diff =
        Math.abs((plain.data[i] as number) - (blurred.data[i] as number)) +
        Math.abs((plain.data[i + 1] as number) - (blurred.data[i + 1] as number)) +
        Math.abs((plain.data[i + 2] as number) - (blurred.data[i + 2] as number));
      const inBox = x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height;
      const far =
        x < box.x - margin ||
        x >= box.x + box.width + margin ||
        y < box.y - margin ||
        y >= box.y + box.height + margin;
      if (inBox) {
        inside++;
        if (diff > 24) insideChanged++;
      } else if (far) {
        outside++;
        if (diff !== 0) outsideChanged++;
      }
    }
  }
  expect(inside).toBeGreaterThan(10_000);
  expect(insideChanged / inside).toBeGreaterThan(0.6);
  expect(outside).toBeGreaterThan(100_000);
  expect(outsideChanged).toBe(0);
});
