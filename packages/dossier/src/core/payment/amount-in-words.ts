// An amount of đồng in words, as Vietnamese receipts and payment slips write it ("Số tiền bằng
// chữ"): 1.250.000 → "Một triệu hai trăm năm mươi nghìn đồng". A citizen checks the figure
// against the words before paying; an older reader often trusts the words more than the dots.
// The rules of spoken Vietnamese numbers:
//   - groups of three digits: nghìn, triệu, tỷ, then nghìn tỷ, triệu tỷ, tỷ tỷ…;
//   - a group that is all zeros is skipped ("một triệu đồng"), except that a group after the
//     first whose hundreds digit is 0 still says it: 1.000.005 → "một triệu không trăm linh năm";
//   - tens 0 before a units digit: "linh" (or "lẻ", as the South says it): 105 → "một trăm linh năm";
//   - tens 1: "mười"; tens 2–9: "hai mươi", "ba mươi"…;
//   - units 1 after "mươi": "mốt" (21 "hai mươi mốt"), but "một" after "mười" or "linh" (11, 101);
//   - units 4 after "mươi": "tư" (24 "hai mươi tư"), but "bốn" after "mười" or "linh" (14, 104);
//   - units 5 after "mười" or "mươi": "lăm" (15 "mười lăm", 25 "hai mươi lăm"), "năm" after
//     "linh" or alone (105, 5).
// It may move to @govmini/vn beside formatVnd; it lives here while only the fee screen uses it.

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const GROUPS = ['', 'nghìn', 'triệu'] as const;
const BILLION = 1_000_000_000;

export interface AmountInWordsOptions {
  /** `vi` (default) or `en`. */
  locale?: 'vi' | 'en' | undefined;
  /** The word for a zero tens digit before units, Vietnamese only: `linh` (default) or `lẻ`. */
  zeroTens?: 'linh' | 'lẻ' | undefined;
  /** End with the currency ("đồng", "dong"); default true. */
  currency?: boolean | undefined;
}

/** One group of three digits (0–999). `full`: say the hundreds even when 0 (not the first group). */
function groupWords(n: number, full: boolean, zeroTens: string): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds] as string, 'trăm');
  if (tens === 0) {
    if (units === 0) return words;
    if (words.length > 0) words.push(zeroTens);
    words.push(DIGITS[units] as string);
    return words;
  }
  words.push(tens === 1 ? 'mười' : `${DIGITS[tens]} mươi`);
  if (units === 1 && tens > 1) words.push('mốt');
  else if (units === 4 && tens > 1) words.push('tư');
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(DIGITS[units] as string);
  return words;
}

/** Below a billion: up to three groups. `full`: a higher part was said before this one. */
function belowBillion(n: number, full: boolean, zeroTens: string): string[] {
  const parts = [Math.floor(n / 1_000_000), Math.floor(n / 1000) % 1000, n % 1000];
  const words: string[] = [];
  parts.forEach((part, i) => {
    if (part === 0) return;
    const unit = GROUPS[2 - i] as string;
    words.push(...groupWords(part, full || words.length > 0, zeroTens));
    if (unit) words.push(unit);
  });
  return words;
}

function vietnameseWords(n: number, full: boolean, zeroTens: string): string[] {
  if (n < BILLION) return belowBillion(n, full, zeroTens);
  // Billions are counted in words themselves: 5.000.000.000.000 is "năm nghìn tỷ".
  const high = Math.floor(n / BILLION);
  const rest = n % BILLION;
  return [
    ...vietnameseWords(high, full, zeroTens),
    'tỷ',
    ...(rest > 0 ? vietnameseWords(rest, true, zeroTens) : []),
  ];
}

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;
const EN_TENS = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];
const EN_SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'] as const;

function englishGroup(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(EN_UNITS[hundreds] as string, 'hundred');
  if (rest >= 20) {
    const units = rest % 10;
    words.push(
      units
        ? `${EN_TENS[Math.floor(rest / 10)]}-${EN_UNITS[units]}`
        : (EN_TENS[rest / 10] as string),
    );
  } else if (rest > 0) {
    words.push(EN_UNITS[rest] as string);
  }
  return words;
}

function englishWords(n: number): string[] {
  const words: string[] = [];
  let scale = 0;
  let left = n;
  const groups: string[][] = [];
  while (left > 0) {
    const group = left % 1000;
    if (group > 0) groups.unshift([...englishGroup(group), EN_SCALES[scale] as string]);
    left = Math.floor(left / 1000);
    scale++;
  }
  for (const group of groups) words.push(...group.filter(Boolean));
  return words;
}

/**
 * `1250000` → `Một triệu hai trăm năm mươi nghìn đồng`; `{ locale: 'en' }` → `One million two
 * hundred fifty thousand dong`. Rounded to whole đồng like formatVnd (half away from zero);
 * a negative amount starts with "Âm" / "Minus"; NaN and Infinity give ''. Exact up to
 * Number.MAX_SAFE_INTEGER (more than any fee: VietQR allows 13 digits).
 */
export function amountInWords(amount: number, options: AmountInWordsOptions = {}): string {
  if (!Number.isFinite(amount)) return '';
  const rounded = Math.sign(amount) * Math.round(Math.abs(amount));
  const n = Math.abs(rounded);
  if (!Number.isSafeInteger(n)) return '';
  const en = options.locale === 'en';
  const words = en
    ? n === 0
      ? ['zero']
      : englishWords(n)
    : n === 0
      ? ['không']
      : vietnameseWords(n, false, options.zeroTens ?? 'linh');
  if (rounded < 0) words.unshift(en ? 'minus' : 'âm');
  if (options.currency !== false) words.push(en ? 'dong' : 'đồng');
  const text = words.join(' ');
  return text.charAt(0).toLocaleUpperCase(en ? 'en' : 'vi') + text.slice(1);
}
