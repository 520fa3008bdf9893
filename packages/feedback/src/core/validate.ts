// The checks a new report must pass, run on the phone (before sending, to show every problem
// at once) and on the backend (which trusts nothing) with the same function, so they never
// disagree. They never throw, whatever arrives: a broken draft or a hostile request gets
// issues, not an exception. Text is data: HTML in a description is kept as typed and later
// shown as text, never stripped, escaped here or rendered.
import { getProvince } from '@govmini/vn/admin';
import type { FeedbackCategory, ReportIssue, ReportLocation } from './types';

/** As Open311 GeoReport v2 `description`. */
export const DESCRIPTION_MAX_CHARACTERS = 4000;
export const PHOTOS_MIN = 1;
export const PHOTOS_MAX = 5;
/** "trước cổng chợ", "ngõ 12, tổ 3": a place is a line, not a letter. */
export const PLACE_MAX_CHARACTERS = 200;
/** A rating's or a "not solved yet" comment. */
export const COMMENT_MAX_CHARACTERS = 1000;

/**
 * The description as it is stored: NFC (text typed on macOS or pasted from Word arrives
 * decomposed), line breaks as `\n`, no blank space around it. Nothing else changes.
 */
export function normalizeDescription(text: string): string {
  return String(text).normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

type Segmenter = { segment(text: string): Iterable<unknown> };
const segmenter: Segmenter | undefined = (() => {
  const Ctor = (Intl as { Segmenter?: new (locale: string, o: object) => Segmenter }).Segmenter;
  return Ctor ? new Ctor('vi', { granularity: 'grapheme' }) : undefined;
})();

/**
 * Characters as a reader sees them, after NFC: ế is one, 👍🏽 is one, a family emoji is one.
 * (Old WebViews without Intl.Segmenter count a letter with its combining marks as one.)
 */
export function countCharacters(text: string): number {
  const nfc = String(text).normalize('NFC');
  if (segmenter) {
    let count = 0;
    for (const _ of segmenter.segment(nfc)) count++;
    return count;
  }
  return nfc.match(/\P{M}\p{M}*|\p{M}+/gu)?.length ?? 0;
}

function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

// C0 controls except tab and newline, DEL, C1 controls, bidi overrides and isolates (they
// reorder what a reader sees), interlinear annotation marks, and lone surrogates (not text).
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Characters no citizen means to send (checked after normalizeDescription: `\r` is gone). */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

export interface ValidateReportOptions {
  /** The province's categories (only `id` is read). */
  readonly categories: readonly Pick<FeedbackCategory, 'id'>[];
  /** Checks a commune exists in the province (e.g. with @govmini/vn/admin's index); default shape only. */
  readonly communeExists?: (provinceCode: string, communeCode: string) => boolean;
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: Obj, key: string): unknown =>
  Object.hasOwn(value, key) ? value[key] : undefined;

/** A free text against a limit: `required` (when asked), `control_characters`, `too_long`. */
function checkText(
  path: ReportIssue['path'],
  value: unknown,
  max: number,
  required: boolean,
  params: Record<string, string> = {},
): ReportIssue[] {
  if (value === undefined && !required) return [];
  const text = typeof value === 'string' ? normalizeDescription(value) : '';
  if (text === '') {
    return required || typeof value !== 'string' ? [{ path, code: 'required', params }] : [];
  }
  if (hasControlCharacters(text)) return [{ path, code: 'control_characters', params }];
  // Never more characters than code points: a text that fits needs no segmenting.
  const length = codePointCount(text) <= max ? 0 : countCharacters(text);
  return length > max
    ? [{ path, code: 'too_long', params: { ...params, max, length, over: length - max } }]
    : [];
}

const isLatitude = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= -90 && v <= 90;
const isLongitude = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= -180 && v <= 180;
const PROVINCE_CODE = /^\d{2}$/;
const COMMUNE_CODE = /^\d{5}$/;

/**
 * Where the problem is: device coordinates in range (with an optional resolved commune and a
 * place), or a 2025 commune chosen by hand plus a place, which is then required.
 */
export function validateLocation(
  location: unknown,
  options: Pick<ValidateReportOptions, 'communeExists'> = {},
): ReportIssue[] {
  const invalid = (part: string): ReportIssue[] => [
    { path: 'location', code: 'invalid_location', params: { part } },
  ];
  if (location === undefined || location === null) return [{ path: 'location', code: 'required' }];
  if (!isObject(location)) return invalid('kind');
  const kind = own(location, 'kind');
  const provinceCode = own(location, 'provinceCode');
  const communeCode = own(location, 'communeCode');
  const place = own(location, 'place');
  const communeOk = (required: boolean) => {
    if (!required && provinceCode === undefined && communeCode === undefined) return true;
    return (
      typeof provinceCode === 'string' &&
      PROVINCE_CODE.test(provinceCode) &&
      getProvince(provinceCode) !== undefined &&
      typeof communeCode === 'string' &&
      COMMUNE_CODE.test(communeCode) &&
      (!options.communeExists || options.communeExists(provinceCode, communeCode))
    );
  };
  if (kind === 'device') {
    if (!isLatitude(own(location, 'latitude')) || !isLongitude(own(location, 'longitude'))) {
      return invalid('coordinates');
    }
    if (!communeOk(false)) return invalid('commune');
    const address = own(location, 'address');
    if (address !== undefined && typeof address !== 'string') return invalid('address');
    return checkText('location', place, PLACE_MAX_CHARACTERS, false, { part: 'place' });
  }
  if (kind === 'commune') {
    if (!communeOk(true)) return invalid('commune');
    return checkText('location', place, PLACE_MAX_CHARACTERS, true, { part: 'place' });
  }
  return invalid('kind');
}

/**
 * Every problem with a new report, in the order of the form: category, description, photos,
 * location. Empty means it may be sent. Only the citizen's parts are checked; the flags and
 * the idempotency key are the app's (a backend answers a malformed one with 400).
 */
export function validateNewReport(report: unknown, options: ValidateReportOptions): ReportIssue[] {
  const value: Obj = isObject(report) ? report : {};
  const issues: ReportIssue[] = [];

  const categoryId = own(value, 'categoryId');
  if (typeof categoryId !== 'string' || categoryId.trim() === '') {
    issues.push({ path: 'categoryId', code: 'required' });
  } else if (!options.categories.some((category) => category.id === categoryId)) {
    issues.push({ path: 'categoryId', code: 'unknown_category' });
  }

  issues.push(
    ...checkText('description', own(value, 'description'), DESCRIPTION_MAX_CHARACTERS, true),
  );

  const photoIds = own(value, 'photoIds');
  const photos = Array.isArray(photoIds) ? photoIds : [];
  if (photos.length < PHOTOS_MIN) {
    issues.push({ path: 'photoIds', code: 'too_few_photos', params: { min: PHOTOS_MIN } });
  } else if (photos.length > PHOTOS_MAX) {
    issues.push({
      path: 'photoIds',
      code: 'too_many_photos',
      params: { max: PHOTOS_MAX, count: photos.length, over: photos.length - PHOTOS_MAX },
    });
  }
  photos.forEach((id, index) => {
    if (typeof id !== 'string' || id === '') {
      issues.push({ path: 'photoIds', code: 'unknown_photo', params: { index } });
    }
  });

  issues.push(...validateLocation(own(value, 'location'), options));
  return issues;
}

const RATING_LEVELS = ['very_satisfied', 'satisfied', 'unsatisfied'];

/** A rating: one of the three levels; a comment is required for `unsatisfied`. */
export function validateRating(rating: unknown): ReportIssue[] {
  const value: Obj = isObject(rating) ? rating : {};
  const level = own(value, 'level');
  if (typeof level !== 'string' || !RATING_LEVELS.includes(level)) {
    return [{ path: 'rating', code: 'required' }];
  }
  const comment = own(value, 'comment');
  if (
    level === 'unsatisfied' &&
    (typeof comment !== 'string' || normalizeDescription(comment) === '')
  ) {
    return [{ path: 'rating', code: 'comment_required' }];
  }
  if (comment !== undefined && typeof comment !== 'string') {
    return [{ path: 'rating', code: 'required' }];
  }
  return checkText('rating', comment, COMMENT_MAX_CHARACTERS, false);
}

/** A "Đã được giải quyết chưa?" answer: a yes or no, and an optional comment. */
export function validateResolvedAnswer(answer: unknown): ReportIssue[] {
  const value: Obj = isObject(answer) ? answer : {};
  const comment = own(value, 'comment');
  if (typeof own(value, 'resolved') !== 'boolean') return [{ path: 'comment', code: 'required' }];
  if (comment !== undefined && typeof comment !== 'string') {
    return [{ path: 'comment', code: 'required' }];
  }
  return typeof comment === 'string' && normalizeDescription(comment) === ''
    ? []
    : checkText('comment', comment, COMMENT_MAX_CHARACTERS, false);
}

/** The location as it is stored: texts normalised, only the contract's properties. */
export function normalizeLocation(location: ReportLocation): ReportLocation {
  const text = (value: string | undefined) =>
    value === undefined ? undefined : normalizeDescription(value);
  if (location.kind === 'commune') {
    return {
      kind: 'commune',
      provinceCode: location.provinceCode,
      communeCode: location.communeCode,
      place: normalizeDescription(location.place),
    };
  }
  const place = text(location.place);
  const address = text(location.address);
  return {
    kind: 'device',
    latitude: location.latitude,
    longitude: location.longitude,
    ...(location.provinceCode === undefined ? {} : { provinceCode: location.provinceCode }),
    ...(location.communeCode === undefined ? {} : { communeCode: location.communeCode }),
    ...(address ? { address } : {}),
    ...(place ? { place } : {}),
  };
}
