// Zalo rejects with plain `{ code, message, api }` objects (never an Error; research §1.2).
// This is the one table that turns them into PlatformErrors: the Zalo adapter uses it for real
// rejections and the simulator for the ones it is told to fake, so both fail the same way.
import { PlatformError, type PlatformErrorCode } from './errors';

const codes: Readonly<Record<number, PlatformErrorCode>> = {
  // The citizen said no: -201 (authorize, followOA, interactOA), -1401 (getUserInfo name and
  // avatar), -2002 (getPhoneNumber, getLocation).
  [-201]: 'permission_denied',
  [-1401]: 'permission_denied',
  [-2002]: 'permission_denied',
  // The mini app's permission is not approved in the Zalo console. Nothing the citizen can fix,
  // but still a permission problem; zaloCode -1403 tells support which one.
  [-1403]: 'permission_denied',
  [-1404]: 'unsupported',
  [-1408]: 'timeout',
  [-1409]: 'throttled',
  // A prompt is already open (native -400): wait and try again.
  [-1410]: 'throttled',
  [-2003]: 'user_cancelled',
  // saveImageToGallery: zmp-sdk turns every native failure to save (Android -101/-102, iOS -10)
  // into -2005 "Unable to save image"; a photo library the citizen has not allowed Zalo into
  // is the usual cause (the zaloCode stays for support).
  [-2005]: 'permission_denied',
  // NFC: device without NFC, scan timeout, service not ready, chip unreadable, bad MRZ,
  // already reading, cancelled.
  [-600]: 'unsupported',
  [-601]: 'timeout',
  [-602]: 'unsupported',
  [-605]: 'throttled',
  [-606]: 'user_cancelled',
  // -2000 (unknown), -2004 (media picker failed), -603, -604, -1400, -1500 and anything new
  // stay 'unknown' with their zaloCode kept.
};

export interface ZaloErrorContext {
  /**
   * Whether the page runs inside Zalo. Outside it the SDK answers almost everything with
   * -2000, which then means `not_in_zalo`; inside Zalo -2000 is a genuine `unknown`.
   */
  inZalo?: boolean;
}

/** Turns whatever a zmp-sdk call rejected with into a PlatformError (never rethrows). */
export function fromZaloError(
  error: unknown,
  api: string,
  context: ZaloErrorContext = {},
): PlatformError {
  if (error instanceof PlatformError) return error;
  const raw = typeof error === 'object' && error !== null ? (error as { code?: unknown }) : {};
  const zaloCode = typeof raw.code === 'string' ? Number(raw.code) : raw.code;
  if (typeof zaloCode !== 'number' || !Number.isFinite(zaloCode)) {
    // Plain Errors (chooseImage, nativeStorage.setItem) and anything else: keep the cause for
    // developers; the message is the SDK's own, not the citizen's data.
    return new PlatformError('unknown', {
      api,
      detail: error instanceof Error ? error.message : typeof error,
      cause: error,
    });
  }
  const code =
    zaloCode === -2000 && context.inZalo === false ? 'not_in_zalo' : (codes[zaloCode] ?? 'unknown');
  const message = (raw as { message?: unknown }).message;
  return new PlatformError(code, {
    api,
    zaloCode,
    detail: typeof message === 'string' ? message : `Zalo error ${zaloCode}`,
    cause: error,
  });
}
