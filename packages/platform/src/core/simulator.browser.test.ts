// The simulator's image picker in real Chromium: without pickImagesWith it opens a hidden
// <input type=file>, as zmp-sdk's chooseImage does, and the citizen's files come back.
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createSimulatedPlatform } from './simulator';

const platform = createSimulatedPlatform();
afterEach(() => document.body.replaceChildren());

it('pickImages reads the files chosen in a real file input', async () => {
  const picked = platform.media.pickImages({ max: 2, maxBytes: 1_000 });
  await expect.poll(() => document.querySelector('input[type=file]')).not.toBeNull();
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  expect(input.accept).toBe('image/*');
  expect(input.multiple).toBe(true);
  await userEvent.upload(input, [
    new File([new Uint8Array(10)], 'giay-to.jpg', { type: 'image/jpeg' }),
    new File([new Uint8Array(5_000)], 'lon.png', { type: 'image/png' }),
  ]);
  const result = await picked;
  expect(result.images.map((image) => [image.name, image.size])).toEqual([['giay-to.jpg', 10]]);
  expect(result.rejected).toEqual([{ name: 'lon.png', reason: 'too_large' }]);
  expect(await result.images[0]?.file.arrayBuffer()).toHaveProperty('byteLength', 10);
  expect(document.querySelector('input[type=file]')).toBeNull();
});

it('saveImage downloads the picture in a real browser, named as the app asked', async () => {
  const saving = createSimulatedPlatform();
  const seen: { download: string; bytes: number }[] = [];
  // Watch the link the simulator clicks, and keep Chromium from really downloading.
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    void fetch(this.href)
      .then((response) => response.arrayBuffer())
      .then((buffer) => seen.push({ download: this.download, bytes: buffer.byteLength }));
  };
  try {
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      ),
      (c) => c.charCodeAt(0),
    );
    await saving.media.saveImage(new Blob([png], { type: 'image/png' }), {
      fileName: 'ma-qr-HS0001.png',
    });
    await expect.poll(() => seen).toEqual([{ download: 'ma-qr-HS0001.png', bytes: png.length }]);
    expect(saving.controls.savedImages).toHaveLength(1);
  } finally {
    HTMLAnchorElement.prototype.click = click;
    saving.dispose();
  }
});
