// Photos over Open311: the spec takes a URL (`media_url`) and nothing else, so the bytes go
// through the app's mediaUploader; the adapter checks them first as every backend does (typed
// by their bytes, not by the phone's claim; size-limited) and remembers, per citizen, which
// URLs it handed out: only those may be attached to that citizen's reports, even after a reload.
import { PHOTO_MAX_BYTES, photoPixelSize, sniffPhotoType } from '../core/sniff';
import {
  FeedbackError,
  type ReportIssue,
  type ReportPhoto,
  type UploadOptions,
} from '../core/types';
import type { LocalReports } from './local-store';
import { open311Error } from './problem';
import { isHttpUrl } from './validate';

export type MediaUploader = (
  file: Blob,
  options: UploadOptions,
) => Promise<string | { readonly url: string; readonly width?: number; readonly height?: number }>;

/** Enough of the head of a file for its type and pixel size (JPEG frames come after EXIF). */
const HEAD_BYTES = 64 * 1024;

export function createPhotoUploads(options: {
  readonly mediaUploader: MediaUploader | undefined;
  readonly maxPhotoBytes: number | undefined;
  readonly store: LocalReports;
}) {
  const { mediaUploader, store } = options;
  const limit = options.maxPhotoBytes ?? PHOTO_MAX_BYTES;

  return {
    /** Whether photos can be attached at all (and so whether one is required). */
    possible: mediaUploader !== undefined,

    async upload(owner: string, file: Blob, upload: UploadOptions): Promise<ReportPhoto> {
      if (!mediaUploader) {
        throw open311Error(
          'not_supported',
          'Open311 GeoReport v2 has no photo upload: it takes a photo as a URL only (media_url); ' +
            'pass mediaUploader(file) → url to createOpen311FeedbackService to store photos ' +
            'where the agency can read them',
        );
      }
      if (file.size > limit) {
        throw open311Error('too_large', `Open311: photo of ${file.size} bytes (limit ${limit})`);
      }
      const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
      const type = sniffPhotoType(head);
      if (!type) {
        throw open311Error(
          'unsupported_type',
          'Open311: the file is not a JPEG, PNG or WebP photo',
        );
      }
      const stored = await mediaUploader(file, { ...upload, type }).catch((error: unknown) => {
        // The app's uploader failing is, as with any upload, most likely the network.
        if (error instanceof FeedbackError || (error as Error)?.name === 'AbortError') throw error;
        throw open311Error('offline', 'Open311: the mediaUploader failed', { cause: error });
      });
      const url = typeof stored === 'string' ? stored : stored.url;
      if (!isHttpUrl(url)) {
        throw open311Error('server', 'Open311: mediaUploader did not return an http(s) URL');
      }
      upload.onProgress?.(file.size, file.size);
      const pixels = photoPixelSize(head);
      const width = typeof stored === 'object' ? (stored.width ?? pixels?.width) : pixels?.width;
      const height =
        typeof stored === 'object' ? (stored.height ?? pixels?.height) : pixels?.height;
      const photo: ReportPhoto = {
        id: url,
        url,
        type,
        ...(width ? { width } : {}),
        ...(height ? { height } : {}),
      };
      await store.putPhoto(owner, photo);
      return photo;
    },

    /** The owner's photos for these ids, or `unknown_photo` issues for ids they never uploaded. */
    async resolve(owner: string, photoIds: readonly string[]) {
      const photos: ReportPhoto[] = [];
      const issues: ReportIssue[] = [];
      for (const [index, id] of photoIds.entries()) {
        // Not a string or empty: already an issue from the package's own validation.
        if (typeof id !== 'string' || id === '') continue;
        const photo = isHttpUrl(id) ? await store.getPhoto(owner, id) : undefined;
        if (photo) photos.push(photo);
        else issues.push({ path: 'photoIds', code: 'unknown_photo', params: { index } });
      }
      return { photos, issues };
    },
  };
}
