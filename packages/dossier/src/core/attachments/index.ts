// Attachments: type sniffing, on-phone compression and the upload queue.
export type { SniffedType } from './compress';
export { compressImage, sniffBlob, sniffType } from './compress';
export type { AttachmentErrorCode } from './errors';
export { AttachmentError, attachmentErrorMessages, isAttachmentError } from './errors';
export { ATTACHMENT_BYTES_PREFIX, ATTACHMENT_KEY_PREFIX } from './kept-files';
export { createAttachmentQueue, toFileAnswer } from './queue';
export { LOCAL_ID_PREFIX, localIdsIn, swapLocalFiles } from './swap';
