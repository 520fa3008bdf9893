// The simulator's media.saveImage: every picture is kept where tests can see it (with the name
// the app gave it), it fails like Zalo when told to or when off Zalo, and in a browser it is
// downloaded too unless `downloadSavedImages: false`.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ONE_PIXEL_PNG } from '../testing/conformance-media';
import { PlatformError } from './errors';
import { createManualClock } from './manual-clock';
import { createSimulatedPlatform, type SimulatedPlatform } from './simulator';

const platforms: SimulatedPlatform[] = [];
const make = (options: Parameters<typeof createSimulatedPlatform>[0] = {}) => {
  const platform = createSimulatedPlatform(options);
  platforms.push(platform);
  return platform;
};
afterEach(() => {
  for (const platform of platforms.splice(0)) platform.dispose();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});
const png = () => new Blob([ONE_PIXEL_PNG as Uint8Array<ArrayBuffer>], { type: 'image/png' });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof PlatformError ? error.code : String(error)),
  );

describe('media.saveImage on the simulator', () => {
  it('keeps each saved picture with its name, type and time; the history shows the call', async () => {
    const clock = createManualClock(Date.parse('2026-12-01T08:00:00+07:00'));
    const platform = make({ clock, downloadSavedImages: false });
    const heard = vi.fn();
    platform.controls.subscribe(heard);
    const image = png();
    await platform.media.saveImage(image, { fileName: 'ma-qr-HS0000006H562612010001.png' });
    expect(platform.controls.savedImages).toEqual([
      {
        image,
        fileName: 'ma-qr-HS0000006H562612010001.png',
        type: 'image/png',
        at: clock.now(),
      },
    ]);
    expect(platform.controls.history.at(-1)).toMatchObject({
      api: 'saveImageToGallery',
      outcome: 'ok',
    });
    expect(heard).toHaveBeenCalled();
  });

  it('fails as Zalo does: told failures, off Zalo (user: null), and never saves then', async () => {
    const refused = make({ failures: { saveImageToGallery: -2005 }, downloadSavedImages: false });
    expect(await codeOf(refused.media.saveImage(png(), { fileName: 'a.png' }))).toBe(
      'permission_denied',
    );
    const outside = make({ user: null, downloadSavedImages: false });
    expect(await codeOf(outside.media.saveImage(png(), { fileName: 'a.png' }))).toBe('not_in_zalo');
    expect([...refused.controls.savedImages, ...outside.controls.savedImages]).toEqual([]);
  });

  it('downloads the picture in a browser, under the app’s name, unless told not to', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:sim-qr');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { download: string; href: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href, inDocument: this.isConnected });
    });
    const platform = make();
    await platform.media.saveImage(png(), { fileName: 'ma-qr.png' });
    expect(created).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual([{ download: 'ma-qr.png', href: 'blob:sim-qr', inDocument: true }]);
    expect(document.querySelector('a')).toBeNull();

    const quiet = make({ downloadSavedImages: false });
    await quiet.media.saveImage(png(), { fileName: 'b.png' });
    expect(clicked).toHaveLength(1);
    expect(quiet.controls.savedImages).toHaveLength(1);
  });
});
