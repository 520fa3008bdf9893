// The VietQR payload of a fee (kept apart from the payment rules, which screens and servers
// use without the VietQR encoder).
import { buildVietQr, type VietQrBank } from '@govmini/vn/vietqr';
import type { PaymentAccount } from '../service/types';

/** What a VietQR code for a fee holds. */
export interface PaymentQrInput {
  readonly account: PaymentAccount;
  readonly amount: number;
  readonly transferContent: string;
  /** The dossier code, also put in the code's reference field (62/05) when it fits. */
  readonly dossierCode: string;
}

/**
 * The VietQR payload for a fee: the account, the amount (a dynamic, one-payment code) and the
 * transfer content as the purpose (62/08), which banking apps fill in and pass to the payee's
 * statement; the dossier code also goes in the reference (62/05), which most apps neither show
 * nor forward. Never throws: `{ ok: false, error }` from buildVietQr when something does not
 * fit (a BIN not in `banks`, an account number with other characters…).
 */
export function paymentQrPayload(
  input: PaymentQrInput,
  options: { banks?: readonly VietQrBank[] | undefined } = {},
) {
  const reference = /^[0-9A-Za-z .\-/]{1,25}$/.test(input.dossierCode)
    ? input.dossierCode
    : undefined;
  return buildVietQr(
    {
      bankBin: input.account.bankBin,
      accountNumber: input.account.accountNumber,
      amount: input.amount,
      purpose: input.transferContent,
      reference,
    },
    { banks: options.banks },
  );
}
