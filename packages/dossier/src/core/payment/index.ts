// Fees: the payment rules (unpaid → pending_confirmation → paid), the transfer content that
// ties a transfer to its dossier, the VietQR payload, and the amount in words.
export type { AmountInWordsOptions } from './amount-in-words';
export { amountInWords } from './amount-in-words';
export type { PaymentEvent, PaymentTransition } from './payment';
export {
  applyPaymentEvent,
  canReportTransfer,
  isTransferContent,
  openPayment,
  PAYMENT_STATUSES,
  paymentOutstanding,
  transferContentFor,
} from './payment';
export type { PaymentQrInput } from './payment-qr';
export { paymentQrPayload } from './payment-qr';
