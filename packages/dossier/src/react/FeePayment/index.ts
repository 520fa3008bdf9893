export type { FeePaymentProps } from './FeePayment';
export { FeePayment } from './FeePayment';
export { feePaymentMessages } from './messages';
export type { QrImageOptions, SaveImage } from './qr-image';
export { qrImage } from './qr-image';
