// media.saveImage inside Zalo: the picture goes to the phone's gallery through zmp-sdk's
// saveImageToGallery, as a data URL (`imageBase64Data`). What the adapter adds:
// - the checks of core/save-image first (a Blob, JPEG/PNG/WebP by its bytes, ≤ ~5 MB);
// - `unsupported` when the SDK has no saveImageToGallery (before 2.16) or Zalo answers -1404
//   (an app build too old, e.g. iOS before 408);
// - `not_in_zalo` off Zalo's host, where the SDK would resolve on localhost without saving
//   anything — the citizen must never be told a picture was saved when it was not;
// - a prompt's timeout and turn in the prompt lane: saving may show the phone's own "allow
//   photos" dialog, which the citizen answers in their own time.
// Refusals map through zalo-errors: -2005 (Zalo's "Unable to save image") and the refusal
// codes → permission_denied, -2003 → user_cancelled.
import { PlatformError } from '../core/errors';
import { checkSavableImage, imageDataUrl } from '../core/save-image';
import type { MediaApi } from '../core/types';
import type { ZaloContext } from './context';

const API = 'saveImageToGallery';

export function createSaveImage(ctx: ZaloContext): MediaApi['saveImage'] {
  return async (image, options) => {
    const type = await checkSavableImage(image, options);
    if (ctx.inZalo === false) {
      throw new PlatformError('not_in_zalo', { api: API, detail: 'not on Zalo’s host' });
    }
    const sdk = await ctx.sdk();
    if (typeof sdk.saveImageToGallery !== 'function') {
      throw new PlatformError('unsupported', { api: API, detail: 'zmp-sdk older than 2.16' });
    }
    const imageBase64Data = await imageDataUrl(image, type);
    await ctx.prompt(() =>
      ctx.call(API, (loaded) => loaded.saveImageToGallery({ imageBase64Data }), {
        timeoutMs: ctx.promptTimeoutMs,
      }),
    );
  };
}
