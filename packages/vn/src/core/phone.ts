// Vietnamese phone numbers. Validity, type and formatting come from Google's libphonenumber
// metadata ('max' build: the only one that can tell mobile from fixed). On top of it: the
// ways people type numbers, the 2018 11→10-digit prefix change, and the carrier by prefix.
// Only `@govmini/vn/phone` imports this file, so the main entry stays free of the metadata.

import {
  type CountryCode,
  type PhoneNumber,
  type PhoneNumberType,
  parsePhoneNumberWithError,
} from 'libphonenumber-js/max';
import { phoneMessages } from '../messages/phone';
import { fail, type MessageOptions, ok, type ParseError, type ParseResult } from './result';
import { stripSeparators } from './text';

export type PhoneErrorCode =
  | 'empty'
  | 'not_digits'
  | 'too_short'
  | 'too_long'
  | 'old_prefix'
  | 'invalid'
  | 'not_vietnamese';

/** `old_prefix` errors carry the rewritten number, e.g. `'0391234567'`, so a form can offer it. */
export type PhoneParseError = ParseError<PhoneErrorCode> & { readonly suggestion?: string };

/** `other` covers the rarer types: VoIP, UAN, and foreign numbers that may be fixed or mobile. */
export type PhoneKind = 'mobile' | 'fixed' | 'tollfree' | 'premium' | 'other';

/**
 * The network that was given the prefix. Informational only: since 2021 a subscriber can
 * change network and keep the number, so it may be out of date.
 */
export type Carrier =
  | 'Viettel'
  | 'VinaPhone'
  | 'MobiFone'
  | 'Vietnamobile'
  | 'Gmobile'
  | 'Itelecom'
  | 'Wintel';

export interface Phone {
  /** `+84912345678`: the form to store and to compare. */
  readonly e164: string;
  /** libphonenumber's national format, e.g. `0912 345 678`, `024 3123 4567`. */
  readonly national: string;
  readonly kind: PhoneKind;
  /**
   * ISO 3166 code: `VN` unless `allowForeign` let a foreign number through; absent only for
   * non-geographic numbers such as +800.
   */
  readonly country?: CountryCode;
  /** Vietnamese mobile numbers only, when the prefix is known. */
  readonly carrier?: Carrier;
}

export interface PhoneOptions extends MessageOptions {
  /** Accept valid foreign numbers instead of failing with `not_vietnamese`. Default false. */
  allowForeign?: boolean;
}

export type PhoneStyle = 'national' | 'international' | 'e164';

// biome-ignore format: one carrier a line
// 15 Sep 2018 – 30 Jun 2019 every 11-digit mobile number moved to 10 digits: the 3-digit
// network code after the 0 became 2 digits, the last 7 digits were kept (research §3.3).
const OLD_PREFIXES: Readonly<Record<string, string>> = {
  '120': '70', '121': '79', '122': '77', '126': '76', '128': '78', // MobiFone
  '123': '83', '124': '84', '125': '85', '127': '81', '129': '82', // VinaPhone
  '162': '32', '163': '33', '164': '34', '165': '35', '166': '36', '167': '37', '168': '38', '169': '39', // Viettel
  '186': '56', '188': '58', // Vietnamobile
  '199': '59', // Gmobile
};

// First two digits of the national number (without the 0) → carrier. Only prefixes we are
// sure of; 051x, 052x and the 1xx mobile ranges are left out on purpose. 055 was Reddi's
// (Mobicast); Masan bought it and renamed the network Wintel in 2022.
const CARRIERS: Record<string, Carrier> = {};
for (const [carrier, prefixes] of [
  ['Viettel', '86 96 97 98 32 33 34 35 36 37 38 39'],
  ['VinaPhone', '88 91 94 81 82 83 84 85'],
  ['MobiFone', '89 90 93 70 76 77 78 79'],
  ['Vietnamobile', '92 56 58'],
  ['Gmobile', '99 59'],
  ['Itelecom', '87'],
  ['Wintel', '55'],
] as const) {
  for (const prefix of prefixes.split(' ')) CARRIERS[prefix] = carrier;
}

const KINDS: Partial<Record<PhoneNumberType, PhoneKind>> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed',
  TOLL_FREE: 'tollfree',
  PREMIUM_RATE: 'premium',
};

/** Digits with an optional leading `+`, or undefined when anything else was typed. */
function compact(input: string): string | undefined {
  // stripSeparators handles NFC, full-width digits, spaces, dots, dashes and slashes;
  // here also brackets ("(+84) 912…") and the full-width plus.
  const text = stripSeparators(input)
    .replace(/[()\uff08\uff09]/g, '')
    .replace(/\uff0b/g, '+');
  return /^\+?\d+$/.test(text) ? text : undefined;
}

/**
 * Splits typed digits into a Vietnamese national number (no trunk 0) or a foreign E.164.
 * Accepts `+84…`, `84…`, `0084…`, `0…` and the bare national number.
 */
function split(text: string): { vn: string } | { foreign: string } {
  const digits = text.replace('+', '');
  let national: string;
  if (text.startsWith('+')) {
    if (!digits.startsWith('84')) return { foreign: text };
    national = digits.slice(2);
  } else if (digits.startsWith('00')) {
    if (!digits.startsWith('0084')) return { foreign: `+${digits.slice(2)}` };
    national = digits.slice(4);
  } else if (digits.startsWith('84') && digits.length >= 11) {
    // A Vietnamese national number has at most 10 digits, so 11+ starting 84 is the country code.
    national = digits.slice(2);
  } else {
    national = digits;
  }
  // "+84 0912…": people often keep the trunk 0 after the country code.
  return { vn: national.startsWith('0') ? national.slice(1) : national };
}

function parse(e164: string): PhoneNumber | undefined {
  try {
    return parsePhoneNumberWithError(e164);
  } catch {
    return undefined; // TOO_SHORT, NOT_A_NUMBER…: the caller reports its own code
  }
}

function toPhone(number: PhoneNumber): Phone {
  const type = number.getType();
  const kind = (type && KINDS[type]) ?? 'other';
  const carrier =
    number.country === 'VN' && kind === 'mobile'
      ? CARRIERS[number.nationalNumber.slice(0, 2)]
      : undefined;
  return {
    e164: number.number,
    national: number.formatNational(),
    kind,
    ...(number.country && { country: number.country }),
    ...(carrier && { carrier }),
  };
}

/** Expected length of a national number (without the 0) from its first digit. */
function lengthCode(national: string): 'too_short' | 'too_long' | undefined {
  const first = national[0];
  const [min, max] = first === '2' ? [10, 10] : first === '1' ? [7, 10] : [9, 9];
  if (national.length < min) return 'too_short';
  if (national.length > max) return 'too_long';
  return undefined;
}

/**
 * Parses a phone number as people type it: `0912 345 678`, `+84 912.345.678`,
 * `0084-912-345-678`, `(024) 3123 4567`, full-width digits. Vietnamese numbers only unless
 * `allowForeign`. An old 11-digit mobile number (0169…) fails with `old_prefix` and a
 * `suggestion` holding the new number. Never throws.
 */
export function parsePhone(
  input: unknown,
  options?: PhoneOptions,
): ParseResult<Phone, PhoneParseError> {
  const raw = typeof input === 'string' || typeof input === 'number' ? String(input) : '';
  if (raw.trim() === '') return fail(phoneMessages, 'empty', options);
  const text = compact(raw);
  if (text === undefined) return fail(phoneMessages, 'not_digits', options);
  // E.164 allows 15 digits; far longer input is not worth handing to the library.
  if (text.length > 20) return fail(phoneMessages, 'too_long', options);

  const parts = split(text);
  if ('foreign' in parts) {
    const number = parse(parts.foreign);
    if (!number?.isValid()) return fail(phoneMessages, 'invalid', options);
    return options?.allowForeign
      ? ok(toPhone(number))
      : fail(phoneMessages, 'not_vietnamese', options);
  }

  const national = parts.vn;
  if (national === '') return fail(phoneMessages, 'too_short', options);
  const number = parse(`+84${national}`);
  if (number?.isValid()) return ok(toPhone(number));

  const newPrefix = national.length === 10 ? OLD_PREFIXES[national.slice(0, 3)] : undefined;
  if (newPrefix) {
    const rest = national.slice(3);
    return fail(
      phoneMessages,
      'old_prefix',
      options,
      {
        oldPrefix: `0${national.slice(0, 3)}`,
        newPrefix: `0${newPrefix}`,
        // Grouped as prefix + the 7 kept digits so the change is easy to see.
        number: `0${newPrefix} ${rest.slice(0, 3)} ${rest.slice(3)}`,
      },
      { suggestion: `0${newPrefix}${rest}` },
    );
  }
  return fail(phoneMessages, lengthCode(national) ?? 'invalid', options);
}

/**
 * Formats a phone number (any form `parsePhone` accepts, foreign included):
 * `national` → `0912 345 678`, `international` → `+84 912 345 678`, `e164` → `+84912345678`.
 * Input that is not a valid number comes back trimmed but otherwise unchanged.
 */
export function formatPhone(phone: string, style: PhoneStyle = 'national'): string {
  const result = parsePhone(phone, { allowForeign: true });
  if (!result.ok) return String(phone ?? '').trim();
  if (style === 'e164') return result.value.e164;
  const number = parse(result.value.e164);
  return (style === 'national' ? number?.formatNational() : number?.formatInternational()) ?? '';
}

/**
 * Hides the middle of a number for display, keeping the first and last 3 digits:
 * `0912345678` → `091••••678`. Foreign numbers are masked in E.164 form. Input that is not
 * a number keeps only its last 3 digits visible (all hidden when it has fewer than 7).
 */
export function maskPhone(phone: string): string {
  const result = parsePhone(phone, { allowForeign: true });
  const digits = result.ok
    ? result.value.country === 'VN'
      ? result.value.national.replace(/\D/g, '')
      : result.value.e164
    : (compact(String(phone ?? '')) ?? '');
  if (digits.length < 7) return '•'.repeat(digits.length);
  const head = result.ok ? 3 : 0;
  return digits.slice(0, head) + '•'.repeat(digits.length - head - 3) + digits.slice(-3);
}
