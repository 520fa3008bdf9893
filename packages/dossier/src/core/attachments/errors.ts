// Why a file cannot be attached, in words a citizen can act on. `message` is Vietnamese; the
// React layer shows the catalogue's text by `code` in the citizen's language.
import { type Catalogue, defineCatalogue } from '@govmini/ui/core';
import { dossierLocalePack } from '../../locales/pack';

export type AttachmentErrorCode =
  /** Bigger than the field allows, even after compressing it on the phone. */
  | 'too_large'
  /** Not one of the types the field accepts (checked on the bytes, not the name). */
  | 'file_type'
  /** An iPhone HEIC photo this phone cannot convert. */
  | 'heic_unsupported'
  /** The phone could not read or re-encode the image. */
  | 'cannot_compress'
  /** The file was queued before the app closed and was too big to keep on the phone. */
  | 'attachment_lost';

/**
 * Why a file was not attached: Vietnamese here, English in the dossier locale pack (loaded on
 * demand). Full keys are `dossier.attachment.<code>`, which is also how an app overrides one.
 */
export const attachmentErrorMessages: Catalogue<AttachmentErrorCode, 'dossier.attachment.'> =
  /* @__PURE__ */ defineCatalogue(dossierLocalePack, 'dossier.attachment.', {
    too_large:
      'Tệp quá lớn, kể cả sau khi đã thu nhỏ. Vui lòng chụp lại ảnh gần hơn hoặc chọn tệp nhỏ hơn.',
    file_type: 'Loại tệp này không được nhận cho mục này. Vui lòng chọn ảnh JPG, PNG hoặc tệp PDF.',
    heic_unsupported:
      'Ảnh ở định dạng HEIC của iPhone chưa đọc được trên điện thoại này. Vui lòng chụp ảnh màn hình ảnh đó, hoặc chọn “Định dạng: Tương thích nhất” trong Cài đặt › Camera rồi chụp lại.',
    cannot_compress:
      'Không đọc được ảnh này trên điện thoại. Vui lòng chụp lại hoặc chọn một ảnh khác.',
    attachment_lost:
      'Một tệp đính kèm chưa kịp gửi trước khi ứng dụng đóng lại. Vui lòng chọn lại tệp đó rồi gửi hồ sơ.',
  });

export class AttachmentError extends Error {
  override readonly name = 'AttachmentError';
  readonly code: AttachmentErrorCode;
  /** For `too_large`: the limit in bytes. */
  readonly maxBytes: number | undefined;
  constructor(code: AttachmentErrorCode, options: { maxBytes?: number; cause?: unknown } = {}) {
    super(
      attachmentErrorMessages.vi[code],
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.maxBytes = options.maxBytes;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function isAttachmentError(
  value: unknown,
  code?: AttachmentErrorCode,
): value is AttachmentError {
  return value instanceof AttachmentError && (code === undefined || value.code === code);
}
