// Conformance: saving a picture to the phone (media.saveImage). The host's gallery ends up
// with exactly the bytes given; Zalo's refusals, a host too old, an answer that never comes
// and the app's own mistakes each fail the same way on every implementation.
import { expect, it } from 'vitest';
import type { PlatformError, PlatformErrorCode } from '../core/errors';
import type { Platform } from '../core/types';
import type { ConformanceSetup } from './conformance';

/** A real 1×1 PNG: what a QR code image starts like. */
export const ONE_PIXEL_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  ),
  (c) => c.charCodeAt(0),
);

const png = (bytes: Uint8Array = ONE_PIXEL_PNG) =>
  new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });

type Make = (
  overrides?: Partial<Omit<ConformanceSetup, 'promptCount' | 'fire' | 'setOnline' | 'gallery'>>,
) => Promise<{ platform: Platform; setup: ConformanceSetup }>;
type Rejection = (promise: Promise<unknown>, code: PlatformErrorCode) => Promise<PlatformError>;

export function saveImageCases(make: Make, rejection: Rejection): void {
  it('saves the picture: the gallery holds exactly its bytes; offline too', async () => {
    const { platform, setup } = await make({ online: false });
    await platform.media.saveImage(png(), { fileName: 'ma-qr-HS0001.png' });
    const saved = await setup.gallery();
    expect(saved).toHaveLength(1);
    expect([...(saved[0] ?? [])]).toEqual([...ONE_PIXEL_PNG]);
  });

  it('a refused photo library (-2005, -2002) → permission_denied; closed → user_cancelled', async () => {
    for (const [code, expected] of [
      [-2005, 'permission_denied'],
      [-2002, 'permission_denied'],
      [-2003, 'user_cancelled'],
    ] as const) {
      const { platform, setup } = await make({ failures: { saveImageToGallery: code } });
      const error = await rejection(
        platform.media.saveImage(png(), { fileName: 'ma-qr.png' }),
        expected,
      );
      expect(error.zaloCode).toBe(code);
      expect(await setup.gallery()).toEqual([]);
    }
  });

  it('a Zalo too old to save pictures (-1404) → unsupported; no answer → timeout', async () => {
    const old = await make({ failures: { saveImageToGallery: -1404 } });
    await rejection(old.platform.media.saveImage(png(), { fileName: 'a.png' }), 'unsupported');
    const slow = await make({ neverAnswers: ['saveImageToGallery'], timeoutMs: 50 });
    await rejection(slow.platform.media.saveImage(png(), { fileName: 'a.png' }), 'timeout');
  });

  it('the app’s mistakes are TypeError / RangeError at once, and nothing is saved', async () => {
    const { platform, setup } = await make();
    const save = platform.media.saveImage;
    const text = new Blob(['<svg onload=alert(1)>'], { type: 'image/png' });
    await expect(save('ma-qr.png' as unknown as Blob, { fileName: 'a.png' })).rejects.toThrow(
      TypeError,
    );
    await expect(save(text, { fileName: 'a.png' })).rejects.toThrow(/JPEG, PNG or WebP/);
    await expect(save(png(), { fileName: ' ' })).rejects.toThrow(TypeError);
    await expect(save(png(), undefined as unknown as { fileName: string })).rejects.toThrow(
      TypeError,
    );
    await expect(save(new Blob([]), { fileName: 'a.png' })).rejects.toThrow(TypeError);
    // About 5.3 MB: more than Zalo's 7,000,000-character data URL holds.
    const huge = new Uint8Array(5_300_000);
    huge.set(ONE_PIXEL_PNG);
    await expect(save(png(huge), { fileName: 'a.png' })).rejects.toThrow(RangeError);
    expect(await setup.gallery()).toEqual([]);
  });
}
