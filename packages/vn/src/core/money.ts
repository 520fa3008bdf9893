// Vietnamese đồng: whole numbers only (the đồng has no subunit in use), dot thousands.
import { moneyMessages } from '../messages/money';
import type { Locale } from './messages';
import { fail, type MessageOptions, ok, type ParseError, type ParseResult } from './result';
import { searchKey, toAsciiDigits } from './text';

export type MoneyErrorCode = 'empty' | 'format' | 'negative' | 'too_large' | 'fraction';

export interface MoneyOptions extends MessageOptions {
  /** Accept a leading minus (refunds, adjustments). Default false. */
  allowNegative?: boolean;
}

// Word units after searchKey (no diacritics): tỷ/tỉ, triệu/tr, nghìn/ngàn/k.
const UNITS: Readonly<Record<string, bigint>> = {
  ty: 1_000_000_000n,
  ti: 1_000_000_000n,
  trieu: 1_000_000n,
  tr: 1_000_000n,
  nghin: 1000n,
  ngan: 1000n,
  k: 1000n,
};
const TERM = /(\d[\d.,]*) ?(ty|ti|trieu|tr|nghin|ngan|k) ?/y;

// Digits, optionally grouped by 3 with one kind of separator ('.', ',' or space), then
// optionally a decimal part after the other kind. A separator followed by exactly three
// digits groups thousands ('1.500' is 1500); otherwise it is a decimal point ('1,5').
const NUMBER = /^(\d+)((?:([., ])\d{3})(?:\3\d{3})*)?(?:([.,])(\d+))?$/;

/** The number as an exact fraction `units / scale`, or undefined when it is malformed. */
function readNumber(text: string): { units: bigint; scale: bigint } | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const [, head = '', groups = '', sep, dec, fraction = ''] = m;
  if (groups && (head.length > 3 || dec === sep)) return undefined; // "1234.567", "1.234.56"
  return {
    units: BigInt(head + groups.replace(/\D/g, '') + fraction),
    scale: 10n ** BigInt(fraction.length),
  };
}

/**
 * Reads an amount of đồng as people type it. Grammar (case and diacritics ignored):
 *
 *     amount   = [-] [₫ | VND] (number | term {term}) [₫ | đ | VND | VNĐ | đồng]
 *     number   = 1234568 | 1.234.568 | 1,234,568 | 1 234 568   (a ",00" tail is allowed)
 *     term     = decimal unit      e.g. 1,5 triệu · 500k · 2 tỷ · 20 nghìn
 *     unit     = tỷ | tỉ | triệu | tr | nghìn | ngàn | k       (each at most once, largest first)
 *
 * So `2 triệu 500 nghìn` is 2 500 000 but `2 triệu 500` is a `format` error: people say it
 * meaning 2 500 000 as often as 2 000 500. Returns whole đồng as a safe integer. Never throws.
 */
export function parseVnd(
  input: unknown,
  options?: MoneyOptions,
): ParseResult<number, ParseError<MoneyErrorCode>> {
  const raw =
    typeof input === 'string' || typeof input === 'number' || typeof input === 'bigint'
      ? String(input)
      : '';
  // searchKey: lower case, no marks, đ → d, one space for any run of spaces (NBSP included).
  let text = searchKey(toAsciiDigits(raw).replace(/\u202f/g, ' '));
  if (text === '') return fail(moneyMessages, 'empty', options);
  const negative = /^[-\u2212]/.test(text);
  text = text
    .replace(/^[-\u2212] ?/, '')
    .replace(/^(?:₫|vnd) ?/, '')
    .replace(/ ?(?:₫|vnd|dong|d)$/, '');

  let units = 0n;
  if (/[a-z]/.test(text)) {
    TERM.lastIndex = 0;
    let last = 0n;
    while (TERM.lastIndex < text.length) {
      const m = TERM.exec(text);
      const unit = m && UNITS[m[2] ?? ''];
      const n = m && readNumber(m[1] ?? '');
      if (!unit || !n || (last && unit >= last)) return fail(moneyMessages, 'format', options);
      if ((n.units * unit) % n.scale) return fail(moneyMessages, 'fraction', options);
      units += (n.units * unit) / n.scale;
      last = unit;
    }
  } else {
    const n = readNumber(text);
    if (!n) return fail(moneyMessages, 'format', options);
    // "150.000,00" from a bank statement is whole; "1.234,5" is not.
    if (n.units % n.scale) return fail(moneyMessages, 'fraction', options);
    units = n.units / n.scale;
  }

  if (negative && units && !options?.allowNegative) return fail(moneyMessages, 'negative', options);
  if (units > BigInt(Number.MAX_SAFE_INTEGER)) return fail(moneyMessages, 'too_large', options);
  return ok(negative && units ? -Number(units) : Number(units));
}

/**
 * `1234567.5` → `1.234.568 ₫`, rounded half away from zero to whole đồng. The space before
 * ₫ is a no-break space (U+00A0, as `Intl` prints it) so ₫ never wraps onto its own line;
 * parseVnd reads either space. `locale: 'en'` gives `1,234,568 VND`. NaN/Infinity give ''.
 */
export function formatVnd(amount: number | bigint, options: { locale?: Locale } = {}): string {
  let n: bigint;
  if (typeof amount === 'bigint') n = amount;
  else if (Number.isFinite(amount)) n = BigInt(Math.sign(amount) * Math.round(Math.abs(amount)));
  else return '';
  const en = options.locale === 'en';
  const digits = (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+$)/g, en ? ',' : '.');
  return `${n < 0n ? '-' : ''}${digits}\u00a0${en ? 'VND' : '₫'}`;
}
