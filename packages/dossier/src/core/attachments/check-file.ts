// What a picked file becomes before it is queued: its real type (from the bytes), made small
// enough on the phone when it is an image, and checked against the field's limits. Refusals
// are AttachmentErrors the citizen can act on.
import type { CompressOptions } from '../drafts/api';
import { sniffBlob } from './compress';
import { AttachmentError } from './errors';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/png': 'png',
};

export interface CheckedFile {
  readonly blob: Blob;
  readonly type: string;
  /** The name, with its extension changed when the image was converted. */
  readonly name: string;
}

export async function checkFile(
  file: Blob,
  options: {
    readonly name: string;
    readonly limits: { readonly maxBytes: number; readonly accept: readonly string[] };
    readonly compress: (file: Blob, options: CompressOptions) => Promise<Blob>;
    /** Called before a (slow) compression starts, to show it. */
    readonly onCompressing?: () => void;
  },
): Promise<CheckedFile> {
  const { maxBytes, accept } = options.limits;
  const sniffed = await sniffBlob(file);
  if (!sniffed) throw new AttachmentError('file_type');
  const wrongType = () =>
    new AttachmentError(sniffed === 'image/heic' ? 'heic_unsupported' : 'file_type');
  let blob = file;
  let type: string = sniffed;
  if (sniffed.startsWith('image/') && (file.size > maxBytes || !accept.includes(sniffed))) {
    const target = accept.includes('image/jpeg')
      ? 'image/jpeg'
      : accept.includes('image/webp')
        ? 'image/webp'
        : undefined;
    if (!target) throw wrongType();
    options.onCompressing?.();
    try {
      blob = await options.compress(file, { maxBytes, type: target, accept });
    } catch (error) {
      throw error instanceof AttachmentError
        ? error
        : new AttachmentError('cannot_compress', { cause: error });
    }
    type = (await sniffBlob(blob)) ?? target;
  }
  if (!accept.includes(type)) throw wrongType();
  if (blob.size > maxBytes) throw new AttachmentError('too_large', { maxBytes });
  const extension = EXTENSIONS[type];
  const name =
    type !== sniffed && extension
      ? options.name.replace(/(\.[^./\\]*)?$/, `.${extension}`)
      : options.name;
  return { blob, type, name };
}
