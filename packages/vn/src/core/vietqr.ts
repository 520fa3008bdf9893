// VietQR: the NAPAS bank-transfer QR code, an EMVCo merchant-presented payload (research §3.9):
//   00 payload format "01" · 01 initiation "11" static / "12" dynamic (with an amount)
//   38 merchant account: 00 NAPAS GUID A000000727 · 01 beneficiary (00 BIN, 01 account or card
//      number) · 02 service QRIBFTTA (to an account) / QRIBFTTC (to a card)
//   53 currency "704" (VND) · 54 amount · 58 country "VN"
//   62 additional data: 01 bill number · 05 reference label · 08 purpose of transaction
//   63 CRC-16/CCITT-FALSE over everything before it, "6304" included.
// What parseVietQr accepts beyond that: every other top-level ID (02–99) EMVCo allows, e.g. a
// wallet's own template in 26 or MoMo's 80, returned in `otherFields`, and every sub-field of
// 62, returned in `additionalData`; an unknown sub-field inside NAPAS's own template 38 is an
// error (`unknown_field`), since that template says where the money goes.
import { vietQrMessages } from '../messages/vietqr';
import { crc16, encodeTlv, readTlv, type TlvField } from './emv-tlv';
import { fail, type MessageOptions, ok, type ParseError, type ParseResult } from './result';
import { removeDiacritics, stripSeparators } from './text';
import { findVietQrBank, type VietQrBank, vietQrBanks } from './vietqr-banks';

export const NAPAS_GUID = 'A000000727';

/** What a VietQR code says. */
export interface VietQr {
  /** The 6-digit NAPAS BIN of the receiving bank. */
  readonly bankBin: string;
  /** That bank in the list (`vietQrBanks` or `options.banks`); `undefined` for an unlisted BIN. */
  readonly bank: VietQrBank | undefined;
  /** The receiving account number, or card number when `toCard`. */
  readonly accountNumber: string;
  /** Service QRIBFTTC (transfer to a card) rather than QRIBFTTA (to an account). */
  readonly toCard: boolean;
  /** `dynamic` ("12", one payment) or `static` ("11", reusable); `undefined` if the code omits it. */
  readonly initiation: 'static' | 'dynamic' | undefined;
  /** In đồng, when the code fixes the amount. */
  readonly amount?: number;
  /** 62/08, the transfer message ("nội dung") that banking apps fill in. */
  readonly purpose?: string;
  /** 62/05, the reference label. */
  readonly reference?: string;
  /** 62/01, the bill number. */
  readonly billNumber?: string;
  /** Other sub-fields of 62, by ID. */
  readonly additionalData: Readonly<Record<string, string>>;
  /** Top-level fields VietQR does not define (e.g. 52, 59, 26, 80), by ID. */
  readonly otherFields: Readonly<Record<string, string>>;
}

export type VietQrErrorCode =
  | 'empty'
  | 'characters'
  | 'format'
  | 'checksum'
  | 'duplicate_field'
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_field'
  | 'not_vietqr'
  | 'currency';

/** `field` names the data object at fault, as IDs from the top: `54`, `38.01.00`. */
export type VietQrError = ParseError<VietQrErrorCode> & { readonly field?: string };

export interface VietQrOptions extends MessageOptions {
  /** The bank list to name banks from (default `vietQrBanks`). */
  banks?: readonly VietQrBank[] | undefined;
}

type Fail = { readonly ok: false; readonly error: VietQrError };

const AMOUNT = /^[1-9]\d{0,12}$/;
const ACCOUNT = /^[0-9A-Za-z]{1,19}$/;
const MAX_LENGTH = 512; // EMVCo's limit for the whole payload
const ADDITIONAL: Record<string, 'billNumber' | 'reference' | 'purpose'> = {
  '01': 'billNumber',
  '05': 'reference',
  '08': 'purpose',
};

/**
 * Reads a VietQR payload (the text inside the QR image). Never throws: a damaged, foreign or
 * non-VND code gives `{ ok: false, error: { code, message, field? } }`. The checksum is checked
 * first, so a code with any one character changed fails with `checksum`.
 */
export function parseVietQr(
  input: unknown,
  options?: VietQrOptions,
): ParseResult<VietQr, VietQrError> {
  const failWith = (code: VietQrErrorCode, field?: string): Fail =>
    fail(vietQrMessages, code, options, { field: field ?? '' }, field ? { field } : {});
  const text = typeof input === 'string' ? input.trim() : '';
  if (!text) return failWith('empty');
  if (!/^[\x20-\x7e]*$/.test(text)) return failWith('characters');
  if (text.length > MAX_LENGTH || !/6304[0-9A-F]{4}$/.test(text)) return failWith('format');
  if (crc16(text.slice(0, -4)) !== text.slice(-4)) return failWith('checksum');

  const top = readFields(text, '', failWith);
  if (!Array.isArray(top)) return top;
  if (top[0]?.id !== '00' || top[top.length - 1]?.id !== '63') return failWith('format');
  const fields = new Map(top.map((f) => [f.id, f.value]));
  if (fields.get('00') !== '01') return failWith('invalid_field', '00');
  const initiation = fields.get('01');
  if (initiation !== undefined && initiation !== '11' && initiation !== '12') {
    return failWith('invalid_field', '01');
  }

  const account = fields.get('38');
  if (account === undefined) return failWith('not_vietqr');
  const merchant = readTemplate(account, '38', ['00', '01', '02'], failWith);
  if (!(merchant instanceof Map)) return merchant;
  if (merchant.get('00') !== NAPAS_GUID) return failWith('not_vietqr');
  const beneficiary = merchant.get('01');
  if (beneficiary === undefined) return failWith('missing_field', '38.01');
  const service = merchant.get('02');
  if (service === undefined) return failWith('missing_field', '38.02');
  if (service !== 'QRIBFTTA' && service !== 'QRIBFTTC') return failWith('invalid_field', '38.02');
  const receiver = readTemplate(beneficiary, '38.01', ['00', '01'], failWith);
  if (!(receiver instanceof Map)) return receiver;
  const bankBin = receiver.get('00');
  const accountNumber = receiver.get('01');
  if (bankBin === undefined) return failWith('missing_field', '38.01.00');
  if (!/^\d{6}$/.test(bankBin)) return failWith('invalid_field', '38.01.00');
  if (accountNumber === undefined) return failWith('missing_field', '38.01.01');
  if (!ACCOUNT.test(accountNumber)) return failWith('invalid_field', '38.01.01');

  const currency = fields.get('53');
  if (currency === undefined) return failWith('missing_field', '53');
  if (currency !== '704') return failWith('currency', '53');
  const amount = fields.get('54');
  if (amount !== undefined && !AMOUNT.test(amount)) return failWith('invalid_field', '54');
  const country = fields.get('58');
  if (country === undefined) return failWith('missing_field', '58');
  if (country !== 'VN') return failWith('invalid_field', '58');

  const extra: Partial<Record<'billNumber' | 'reference' | 'purpose', string>> = {};
  const additionalData: Record<string, string> = {};
  const additional = fields.get('62');
  if (additional !== undefined) {
    const sub = readFields(additional, '62.', failWith);
    if (!Array.isArray(sub)) return sub;
    for (const { id, value } of sub) {
      const name = ADDITIONAL[id];
      if (name) extra[name] = value;
      else additionalData[id] = value;
    }
  }
  const otherFields: Record<string, string> = {};
  for (const [id, value] of fields) {
    if (!['00', '01', '38', '53', '54', '58', '62', '63'].includes(id)) otherFields[id] = value;
  }
  return ok({
    bankBin,
    bank: findVietQrBank(bankBin, options?.banks ?? vietQrBanks),
    accountNumber,
    toCard: service === 'QRIBFTTC',
    initiation: initiation === undefined ? undefined : initiation === '12' ? 'dynamic' : 'static',
    ...(amount !== undefined && { amount: Number(amount) }),
    ...extra,
    additionalData,
    otherFields,
  });
}

/** A list of data objects with no ID twice, or the failure to return. */
function readFields(
  text: string,
  prefix: string,
  failWith: (code: VietQrErrorCode, field?: string) => Fail,
): TlvField[] | Fail {
  const fields = readTlv(text);
  if (!Array.isArray(fields)) return failWith('format', prefix ? prefix.slice(0, -1) : undefined);
  const seen = new Set<string>();
  for (const { id } of fields) {
    if (seen.has(id)) return failWith('duplicate_field', prefix + id);
    seen.add(id);
  }
  return fields;
}

/** A NAPAS template: only the `known` sub-fields may appear. */
function readTemplate(
  text: string,
  path: string,
  known: readonly string[],
  failWith: (code: VietQrErrorCode, field?: string) => Fail,
): Map<string, string> | Fail {
  const fields = readFields(text, `${path}.`, failWith);
  if (!Array.isArray(fields)) return fields;
  const unknown = fields.find((f) => !known.includes(f.id));
  if (unknown) return failWith('unknown_field', `${path}.${unknown.id}`);
  return new Map(fields.map((f) => [f.id, f.value]));
}

/** What to put in a code: the receiving account and, for a fee, the amount and message. */
export interface VietQrInput {
  /** The receiving bank's 6-digit BIN (970436 = Vietcombank; see `vietQrBanks`). */
  bankBin: string;
  /** Account number (or card number with `toCard`); spaces, dots and dashes are dropped. */
  accountNumber: string;
  /** In đồng, a positive whole number; makes the code dynamic (one payment). */
  amount?: number | undefined;
  /** The transfer message banking apps fill in; accents are removed, ≤ 25 characters. */
  purpose?: string | undefined;
  /** A reference label (62/05), ≤ 25 characters; most apps neither show nor forward it. */
  reference?: string | undefined;
  /** Pay to a card number (QRIBFTTC) rather than an account (QRIBFTTA). */
  toCard?: boolean | undefined;
}

export type VietQrBuildErrorCode =
  | 'bank_bin'
  | 'unknown_bank'
  | 'account_number'
  | 'card_number'
  | 'amount'
  | 'purpose'
  | 'reference';

const PURPOSE = /^[0-9A-Za-z ]{1,25}$/;
const REFERENCE = /^[0-9A-Za-z .\-/]{1,25}$/;

/**
 * Makes the VietQR payload to draw as a QR code. Checks every input and never throws:
 * `{ ok: true, value: '000201…6304AE9F' }` or `{ ok: false, error: { code, message } }`.
 * The BIN must be in `options.banks` (default `vietQrBanks`). Vietnamese accents in `purpose`
 * are removed (banks carry ASCII only) and runs of spaces made one.
 */
export function buildVietQr(
  input: VietQrInput,
  options?: VietQrOptions,
): ParseResult<string, ParseError<VietQrBuildErrorCode>> {
  const failWith = (code: VietQrBuildErrorCode, params: Record<string, string> = {}) =>
    fail(vietQrMessages, code, options, params);
  if (!input || typeof input !== 'object') return failWith('bank_bin');
  const bin = stripSeparators(String(input.bankBin ?? ''));
  if (!/^\d{6}$/.test(bin)) return failWith('bank_bin');
  if (!findVietQrBank(bin, options?.banks ?? vietQrBanks)) return failWith('unknown_bank', { bin });
  const toCard = input.toCard === true;
  const account = stripSeparators(String(input.accountNumber ?? '').normalize('NFKC'));
  if (toCard ? !/^\d{13,19}$/.test(account) : !ACCOUNT.test(account)) {
    return failWith(toCard ? 'card_number' : 'account_number');
  }
  const { amount } = input;
  if (amount !== undefined && !(Number.isSafeInteger(amount) && AMOUNT.test(String(amount)))) {
    return failWith('amount');
  }
  const purpose = removeDiacritics(String(input.purpose ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  if (purpose && !PURPOSE.test(purpose)) return failWith('purpose');
  const reference = String(input.reference ?? '')
    .normalize('NFC')
    .trim();
  if (reference && !REFERENCE.test(reference)) return failWith('reference');

  const beneficiary = encodeTlv('00', bin) + encodeTlv('01', account);
  const merchant =
    encodeTlv('00', NAPAS_GUID) +
    encodeTlv('01', beneficiary) +
    encodeTlv('02', toCard ? 'QRIBFTTC' : 'QRIBFTTA');
  const additional =
    (reference ? encodeTlv('05', reference) : '') + (purpose ? encodeTlv('08', purpose) : '');
  const body =
    encodeTlv('00', '01') +
    encodeTlv('01', amount === undefined ? '11' : '12') +
    encodeTlv('38', merchant) +
    encodeTlv('53', '704') +
    (amount === undefined ? '' : encodeTlv('54', String(amount))) +
    encodeTlv('58', 'VN') +
    (additional ? encodeTlv('62', additional) : '') +
    '6304';
  return ok(body + crc16(body));
}
