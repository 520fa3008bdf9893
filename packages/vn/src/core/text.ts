// Text normalisation. Vietnamese can arrive precomposed (NFC), decomposed (NFD, from
// macOS or Word) or mixed (the legacy Windows keyboard); all compare equal only after NFC.

const SPACES = /[\s\u00a0\u2000-\u200b\u3000]+/g;

/** NFC, trimmed, every run of whitespace (including no-break and full-width) made one space. */
export function normalizeText(input: string): string {
  return String(input).normalize('NFC').replace(SPACES, ' ').trim();
}

const MARKS = /\p{M}/gu;

/**
 * The key used for diacritic-insensitive search: no tone or vowel marks, đ → d,
 * lower case, single spaces. `searchKey('Đắk Lắk') === 'dak lak'`.
 */
export function searchKey(input: string): string {
  // Lower-case first: some capitals lower-case into a letter plus a combining mark (İ → i̇).
  return String(input)
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/đ/g, 'd')
    .replace(SPACES, ' ')
    .trim();
}

/**
 * Vietnamese without tone and vowel marks, capitals kept, đ → d and Đ → D:
 * `removeDiacritics('Lệ phí Đăng ký')` is `'Le phi Dang ky'`. For places that take ASCII only,
 * such as a bank transfer's message.
 */
export function removeDiacritics(input: string): string {
  return String(input)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Full-width digits (０-９, from some Asian keyboards) to ASCII; other characters unchanged. */
export function toAsciiDigits(input: string): string {
  return String(input).replace(/[\uff10-\uff19]/g, (d) =>
    String.fromCharCode(d.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The way people type identifiers: spaces, dots, dashes, full-width digits, NFD.
 * Returns NFC text with ASCII digits and those separators removed.
 */
export function stripSeparators(input: string): string {
  return toAsciiDigits(String(input).normalize('NFC')).replace(
    /[\s.\-_\u2010-\u2015\u00a0\u3000/]+/g,
    '',
  );
}
