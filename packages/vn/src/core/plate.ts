// Vehicle licence plates (biển số xe), research §3.5: 2-digit locality (the police
// registration code, not the GSO one) + series + order of 4 digits (before 2010) or 5.
// Special series are a long tail, so a plausible plate we can't decode is `unrecognised`
// (a form may accept it with a warning), not `invalid`.
import { plateMessages } from '../messages/plate';
import { fail, type MessageOptions, ok, type ParseError, type ParseResult } from './result';
import { stripSeparators } from './text';

export type PlateErrorCode = 'empty' | 'invalid' | 'unrecognised';
export type PlateError =
  | ParseError<'empty' | 'invalid'>
  | (ParseError<'unrecognised'> & { readonly normalized: string });
export type PlateVehicle = 'car' | 'motorbike' | 'unknown';

export interface Plate {
  /** Upper case, letters (incl. Đ) and digits only: `51A12345`. Store this one. */
  readonly normalized: string;
  /** As painted on the plate: `51A-123.45`, `29-B1 123.45`. */
  readonly display: string;
  /** Registration locality, e.g. `51` (TP.HCM). */
  readonly locality: string;
  /** `A`, `B1`, `LD`, `MĐ1`; `T` for temporary, `NG`/`QT`/`NN`/`CV` for diplomatic. */
  readonly series: string;
  /** Order number, 4 or 5 digits (2–3 on diplomatic plates). */
  readonly order: string;
  /** `unknown` for trailers, tractors, temporary, diplomatic and other special series. */
  readonly vehicle: PlateVehicle;
  /** Diplomatic plates only: the 3-digit country or organisation code. */
  readonly country?: string;
  readonly recognised: true;
}

// Layout c = car `51A-123.45`, m = motorbike `29-B1 123.45`. Order matters: special series
// first, since most of them would also match the two-letter (<50 cc) motorbike series.
type Rule = readonly [RegExp, PlateVehicle, 'c' | 'm'];
const BIKE_4 = [/^(\d\d)([A-Z][1-9])(\d{4})$/, 'motorbike', 'm'] as const satisfies Rule;
const RULES: readonly Rule[] = [
  [/^(\d\d)(LD|KT|DA|HC)(\d{4,5})$/, 'car', 'c'],
  [/^(\d\d)(MĐ[1-9]?)(\d{5})$/, 'motorbike', 'm'], // electric motorbikes
  [/^(\d\d)(TĐ|MK|LB|CT|RM?)(\d{4,5})$/, 'unknown', 'c'],
  [/^(\d\d)([A-Z][1-9])(\d{5})$/, 'motorbike', 'm'], // A1–A9 >175 cc, B1–Z9 50–175 cc
  [/^(\d\d)([A-HK-NPS-VXYZĐ])(\d{4,5})$/, 'car', 'c'],
  [/^(\d\d)([IJOQ])(\d{4})$/, 'car', 'c'], // letters retired in 2010: 4-digit orders only
  BIKE_4,
  [/^(\d\d)([A-HK-NPS-VXYZ][A-FHK-NPR-VXYZ])(\d{4,5})$/, 'motorbike', 'm'], // <50 cc
];
const DIPLOMATIC = /^(\d\d)(?:(\d{3})(NG|QT|NN|CV)(\d{2,3})|(NG|QT|NN|CV)(\d{3})(\d\d))$/;

const dotted = (order: string) =>
  order.length === 5 ? `${order.slice(0, 3)}.${order.slice(3)}` : order;

/**
 * Parses a plate typed any way (`51a 12345`, `29-B1 123.45`, `t29-123.45`). Never throws:
 * anything that is not a string counts as empty.
 */
export function parsePlate(
  input: unknown,
  options?: MessageOptions,
): ParseResult<Plate, PlateError> {
  const raw = typeof input === 'string' ? input : '';
  if (!stripSeparators(raw)) return fail(plateMessages, 'empty', options);
  // NFKC folds full-width letters and digits from Asian keyboards.
  const upper = raw.normalize('NFKC').toUpperCase();
  const normalized = upper.replace(/[^A-Z0-9Đ]/g, '');
  const plate = (
    locality: string,
    series: string,
    order: string,
    vehicle: PlateVehicle,
    display: string,
    country?: string,
  ) =>
    ok<Plate>({
      normalized,
      display,
      locality,
      series,
      order,
      vehicle,
      ...(country ? { country } : {}),
      recognised: true,
    });

  let m = /^T(\d\d)(\d{5})$/.exec(normalized);
  if (m) return plate(m[1] ?? '', 'T', m[2] ?? '', 'unknown', `T${m[1]}-${dotted(m[2] ?? '')}`);
  m = DIPLOMATIC.exec(normalized);
  if (m) {
    const [, loc = '', c1, s1, o1, s2 = '', c2 = '', o2 = ''] = m;
    return c1 && s1 && o1
      ? plate(loc, s1, o1, 'unknown', `${loc}-${c1}-${s1}-${o1}`, c1)
      : plate(loc, s2, o2, 'unknown', `${loc}${s2}-${c2}-${o2}`, c2);
  }
  // `29-F3 9999` and `29F-399.99` strip to the same text: only a separator typed right after
  // a letter+digit series tells that it is an old 4-digit motorbike plate.
  const rules = /[A-Z][1-9][^A-Z0-9Đ]/.test(upper) ? [BIKE_4, ...RULES] : RULES;
  for (const [re, vehicle, layout] of rules) {
    m = re.exec(normalized);
    if (!m) continue;
    const [, loc = '', series = '', order = ''] = m;
    const display =
      layout === 'c' ? `${loc}${series}-${dotted(order)}` : `${loc}-${series} ${dotted(order)}`;
    return plate(loc, series, order, vehicle, display);
  }
  // Plausible: a locality (or `T` + locality, or a military two-letter unit code), letters,
  // digits, 6–10 characters. Anything else cannot be a plate.
  return /^(T?\d\d|[A-Z]{2}\d{4}$)/.test(normalized) &&
    /[A-ZĐ]/.test(normalized) &&
    normalized.length >= 6 &&
    normalized.length <= 10
    ? fail(plateMessages, 'unrecognised', options, { normalized }, { normalized })
    : fail(plateMessages, 'invalid', options);
}

/**
 * Display form (`51A-123.45`) of a recognised plate; the normalised text of an
 * unrecognised one; otherwise the input trimmed. Never throws.
 */
export function formatPlate(input: string): string {
  const result = parsePlate(input);
  if (result.ok) return result.value.display;
  return 'normalized' in result.error
    ? result.error.normalized
    : typeof input === 'string'
      ? input.trim()
      : '';
}
