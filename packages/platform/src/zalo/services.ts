// Images (picking; saving is ./gallery), sharing, the province's Official Account and CCCD
// chips over zmp-sdk.
import { PlatformError } from '../core/errors';
import { createSingleFlight } from '../core/scheduler';
import type {
  CccdChipData,
  MediaApi,
  NfcApi,
  OfficialAccountApi,
  PickedImage,
  PickImagesResult,
  ShareApi,
} from '../core/types';
import { isRefusal, type ZaloContext, zaloCodeOf } from './context';
import { createSaveImage } from './gallery';

/** The citizen may take their time choosing photos (the simulator waits as long). */
const PICKER_TIMEOUT_MS = 300_000;

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/gif': 'gif',
};

/**
 * chooseImage is a hidden `<input type=file>`; when the citizen closes the picker it never
 * answers. Browsers fire a bubbling `cancel` event at that input (Chrome 113+, Safari 16.4+),
 * which is how we notice.
 */
function whenPickerCancelled(): { promise: Promise<never>; stop: () => void } {
  let stop = () => {};
  const promise = new Promise<never>((_, reject) => {
    if (typeof document === 'undefined') return;
    const onCancel = (event: Event) => {
      const target = event.target as { tagName?: string; type?: string } | null;
      if (target?.tagName === 'INPUT' && target.type === 'file') {
        reject(
          new PlatformError('user_cancelled', { api: 'chooseImage', detail: 'picker closed' }),
        );
      }
    };
    document.addEventListener('cancel', onCancel, true);
    stop = () => document.removeEventListener('cancel', onCancel, true);
  });
  return { promise, stop };
}

const revoke = (url: string) => {
  try {
    if (url.startsWith('blob:')) URL.revokeObjectURL(url);
  } catch {}
};

export function createMedia(ctx: ZaloContext, fetchBlob: (url: string) => Promise<Blob>): MediaApi {
  const choose = async (count: number, sourceType: ('album' | 'camera')[]) => {
    const cancelled = whenPickerCancelled();
    try {
      return await Promise.race([
        ctx.call(
          'chooseImage',
          // Documents are photographed with the back camera (zmp-sdk defaults to the front).
          (sdk) => sdk.chooseImage({ count, sourceType, cameraType: 'back' }),
          { timeoutMs: Math.max(ctx.promptTimeoutMs, PICKER_TIMEOUT_MS) },
        ),
        cancelled.promise,
      ]);
    } catch (error) {
      // A picker that never answered was closed where no `cancel` event exists.
      if (error instanceof PlatformError && error.code === 'timeout') {
        throw new PlatformError('user_cancelled', { api: 'chooseImage', detail: 'no answer' });
      }
      throw error;
    } finally {
      cancelled.stop();
    }
  };

  return {
    async pickImages({ max = 1, maxBytes, source = 'any' } = {}): Promise<PickImagesResult> {
      const count = Math.max(1, Math.floor(max));
      const sourceType: ('album' | 'camera')[] =
        source === 'camera' ? ['camera'] : source === 'album' ? ['album'] : ['album', 'camera'];
      const picked = await ctx.prompt(() => choose(count, sourceType));
      const urls = picked?.filePaths ?? [];
      if (urls.length === 0) {
        throw new PlatformError('user_cancelled', { api: 'chooseImage', detail: 'nothing chosen' });
      }
      const images: PickedImage[] = [];
      const rejected: PickImagesResult['rejected'][number][] = [];
      try {
        for (const [i, url] of urls.entries()) {
          let file: Blob;
          try {
            file = await fetchBlob(url);
          } catch (error) {
            throw new PlatformError('unknown', {
              api: 'chooseImage',
              detail: 'a chosen image could not be read',
              cause: error,
            });
          }
          const { type, size } = file;
          const name = `image-${i + 1}.${EXTENSIONS[type] ?? 'img'}`;
          if (!type.startsWith('image/')) rejected.push({ name, reason: 'not_image' });
          else if (maxBytes !== undefined && size > maxBytes)
            rejected.push({ name, reason: 'too_large' });
          else if (images.length < count) images.push({ file, name, type, size });
        }
      } finally {
        // The SDK makes two object URLs per file and never revokes them; we hold the Blobs now.
        for (const url of urls) revoke(url);
        for (const temp of picked?.tempFiles ?? []) revoke(temp.path);
      }
      return { images, rejected };
    },
    saveImage: createSaveImage(ctx),
  };
}

export function createShare(ctx: ZaloContext): ShareApi {
  let logo: Promise<string | undefined> | undefined;
  // zmp_deep_link requires a thumbnail URL (zod); the app's own logo is the natural default.
  const appLogo = () =>
    (logo ??= ctx
      .call('getAppInfo', (sdk) => sdk.getAppInfo())
      .then(
        (info) => info?.logoUrl || undefined,
        () => {
          logo = undefined;
          return undefined;
        },
      ));

  return {
    share: (content) =>
      ctx.prompt(async () => {
        const thumbnail = content.thumbnailUrl ?? (await appLogo());
        if (!thumbnail) {
          throw new PlatformError('unknown', {
            api: 'openShareSheet',
            detail: 'Zalo needs a thumbnail to share: pass thumbnailUrl',
          });
        }
        const data = {
          title: content.title,
          thumbnail,
          ...(content.description === undefined ? {} : { description: content.description }),
          ...(content.path === undefined ? {} : { path: content.path }),
        };
        try {
          const result = await ctx.call(
            'openShareSheet',
            (sdk) => sdk.openShareSheet({ type: 'zmp_deep_link', data }),
            { timeoutMs: ctx.promptTimeoutMs },
          );
          // status 0: closed without sharing; 1: posted; 2: sent in a chat.
          return { shared: result?.status === 1 || result?.status === 2 };
        } catch (error) {
          if (zaloCodeOf(error) === -2003) return { shared: false };
          throw error;
        }
      }),
    getLink: (content) =>
      ctx.call('getShareableLink', (sdk) =>
        sdk.getShareableLink({
          title: content.title,
          description: content.description ?? '',
          ...(content.thumbnailUrl === undefined ? {} : { thumbnail: content.thumbnailUrl }),
          ...(content.path === undefined ? {} : { path: content.path }),
        }),
      ),
  };
}

export function createOfficialAccount(ctx: ZaloContext): OfficialAccountApi {
  const flight = createSingleFlight<boolean>();
  /** A dialog whose refusal or dismissal is an answer (`false`), not an error. */
  const consent = (key: string, api: string, invoke: Parameters<ZaloContext['call']>[1]) =>
    flight(key, () =>
      ctx.prompt(() =>
        ctx.call(api, invoke, { timeoutMs: ctx.promptTimeoutMs }).then(
          () => true,
          (error: unknown) => {
            if (isRefusal(error) || zaloCodeOf(error) === -2003) return false;
            throw error;
          },
        ),
      ),
    );
  return {
    follow: (oaId) => consent(`follow:${oaId}`, 'followOA', (sdk) => sdk.followOA({ id: oaId })),
    openChat: (oaId, message) =>
      ctx
        .call('openChat', (sdk) =>
          sdk.openChat({ type: 'oa', id: oaId, ...(message === undefined ? {} : { message }) }),
        )
        .then(() => undefined),
    requestNotifications: () =>
      consent('notifications', 'requestSendNotification', (sdk) => sdk.requestSendNotification()),
  };
}

export function createNfc(ctx: ZaloContext, timeoutMs: number): NfcApi {
  return {
    isSupported: () =>
      ctx
        .call('checkNFC', (sdk) => sdk.checkNFC({}))
        .then(
          (result) =>
            result !== false && (result as { isSupported?: unknown } | null)?.isSupported !== false,
          (error: PlatformError) => {
            // No NFC (-600), Zalo too old (-1404), or not inside Zalo: simply not supported.
            const code = zaloCodeOf(error);
            if (code === -600 || code === -1404 || error.code === 'not_in_zalo') return false;
            throw error;
          },
        ),
    readCccd: ({ mrz }) =>
      ctx.prompt(async (): Promise<CccdChipData> => {
        if (typeof mrz !== 'string' || !mrz.trim()) {
          // Zalo's own code for it; the MRZ itself never goes into an error.
          throw new PlatformError('unknown', {
            api: 'scanNFC',
            zaloCode: -604,
            detail: 'empty MRZ',
          });
        }
        const raw = (await ctx.call(
          'scanNFC',
          // Active authentication (the chip proves it is not a copy) stays on.
          (sdk) => sdk.scanNFC({ type: 'cccd', data: { mrz }, skip_active_authen: false }),
          { timeoutMs },
        )) as Record<string, unknown> | null;
        const dataGroups: Record<string, string> = {};
        for (let i = 1; i <= 16; i++) {
          const value = raw?.[`dg${i}`];
          if (typeof value === 'string' && value) dataGroups[`dg${i}`] = value;
        }
        const sod = raw?.sod;
        if (typeof sod !== 'string' || !sod || Object.keys(dataGroups).length === 0) {
          throw new PlatformError('unknown', { api: 'scanNFC', detail: 'the chip gave no data' });
        }
        return { dataGroups, sod };
      }),
  };
}
