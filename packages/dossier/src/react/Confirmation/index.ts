export type { ConfirmationProps } from './Confirmation';
export { Confirmation, expectedResultDate } from './Confirmation';
export { confirmationMessages } from './messages';
export type { QrCodeProps } from './QrCode';
export { QrCode } from './QrCode';
