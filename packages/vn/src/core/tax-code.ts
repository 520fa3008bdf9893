// Mã số thuế (MST), research §3.4: 10 digits N1N2 (province where the taxpayer was first
// registered, in the tax authority's own numbering) + N3–N9 (sequence) + N10 (check digit).
// A branch or dependent unit adds 3 digits 001–999: `0314409058-002`.
import { taxCodeMessages } from '../messages/tax-code';
import { fail, type MessageOptions, ok, type ParseError, type ParseResult } from './result';
import { stripSeparators } from './text';

export type TaxCodeErrorCode =
  | 'empty'
  | 'not_digits'
  | 'length'
  | 'checksum'
  | 'invalid_sequence'
  | 'invalid_branch';

export interface TaxCode {
  /** Canonical form: `0100233488` or `0314409058-002`. */
  readonly value: string;
  /** The 10-digit code of the taxpayer itself (the parent for a branch). */
  readonly base: string;
  /** The 3-digit branch suffix, for branches only. */
  readonly branch?: string;
  /** `enterprise` is any 10-digit code (companies, but also households and individuals). */
  readonly kind: 'enterprise' | 'branch';
  /** N1N2. Tax-authority numbering (03 = TP.HCM), not the GSO province code. */
  readonly provinceCode: string;
}

// python-stdnum `vn/mst.py`.
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * Parses a tax code with or without the dash, spaces or dots. Never throws: anything that
 * is not a string or number counts as empty.
 */
export function parseTaxCode(
  input: unknown,
  options?: MessageOptions,
): ParseResult<TaxCode, ParseError<TaxCodeErrorCode>> {
  const digits = stripSeparators(
    // NFKC folds full-width dashes and dots too.
    typeof input === 'string' || typeof input === 'number' ? String(input).normalize('NFKC') : '',
  );
  if (!digits) return fail(taxCodeMessages, 'empty', options);
  if (/\D/.test(digits)) return fail(taxCodeMessages, 'not_digits', options);
  if (digits.length !== 10 && digits.length !== 13) {
    return fail(taxCodeMessages, 'length', options, { count: digits.length });
  }
  const base = digits.slice(0, 10);
  const branch = digits.slice(10);
  if (base.slice(2, 9) === '0000000') return fail(taxCodeMessages, 'invalid_sequence', options);
  if (branch === '000') return fail(taxCodeMessages, 'invalid_branch', options);
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  // sum % 11 === 0 would need a check "digit" of 10: such codes are never issued.
  if (10 - (sum % 11) !== Number(digits[9])) return fail(taxCodeMessages, 'checksum', options);
  return ok({
    value: formatTaxCode(digits),
    base,
    ...(branch ? { branch, kind: 'branch' as const } : { kind: 'enterprise' as const }),
    provinceCode: digits.slice(0, 2),
  });
}

/**
 * Display form: 13 digits get the conventional dash (`0314409058-002`); anything else is
 * returned without separators. Does not validate (use `parseTaxCode`) and never throws.
 */
export function formatTaxCode(value: string | Pick<TaxCode, 'base' | 'branch'>): string {
  const s = stripSeparators(
    value && typeof value === 'object' ? value.base + (value.branch ?? '') : String(value ?? ''),
  );
  return /^\d{13}$/.test(s) ? `${s.slice(0, 10)}-${s.slice(10)}` : s;
}
