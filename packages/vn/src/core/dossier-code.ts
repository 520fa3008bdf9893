// Mã hồ sơ (dossier code), Circular 01/2018/TT-VPCP Art. 19 (research §2.1):
// `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX` = receiving unit's electronic code, date received,
// running number within that day, e.g. `000.00.06.H56-231027-0361`.

import { dossierCodeMessages } from '../messages/dossier-code';
import { isValidCalendarDate } from './calendar-date';
import { fail, type MessageOptions, ok, type ParseError, type ParseResult } from './result';
import { stripSeparators } from './text';

export type DossierCodeErrorCode = 'empty' | 'format' | 'date';

export interface DossierDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface DossierCodeParts {
  /** Receiving unit, `000.00.06.H56`. */
  readonly unit: string;
  /** Date the dossier was received; the code holds the year as 2 digits (20YY). */
  readonly receivedOn: DossierDate;
  /** Running number within that day, 0–9999. */
  readonly sequence: number;
}

export interface DossierCode extends DossierCodeParts {
  /** Canonical code, `000.00.06.H56-231027-0361`. */
  readonly code: string;
}

// Every part has a fixed length, so the text without separators splits one way only.
const COMPACT = /^(\d{3})(\d\d)(\d\d)([A-Z]\d\d)(\d\d)(\d\d)(\d\d)(\d{4})$/;
const UNIT = /^\d{3}\.\d\d\.\d\d\.[A-Z]\d\d$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Parses a dossier code as printed on the appointment slip, or typed with lower case,
 * spaces, or dots and dashes missing (`00000 06h56 231027 0361`). Never throws: anything
 * that is not a string counts as empty.
 */
export function parseDossierCode(
  input: unknown,
  options?: MessageOptions,
): ParseResult<DossierCode, ParseError<DossierCodeErrorCode>> {
  // NFKC folds full-width letters and digits.
  const compact = stripSeparators(
    typeof input === 'string' ? input.normalize('NFKC') : '',
  ).toUpperCase();
  if (!compact) return fail(dossierCodeMessages, 'empty', options);
  const m = COMPACT.exec(compact);
  if (!m) return fail(dossierCodeMessages, 'format', options);
  const [, v = '', z = '', y = '', mx = '', yy = '', mm = '', dd = '', seq = ''] = m;
  const receivedOn = { year: 2000 + Number(yy), month: Number(mm), day: Number(dd) };
  if (!isValidCalendarDate(receivedOn)) {
    return fail(dossierCodeMessages, 'date', options, { date: `${dd}/${mm}/20${yy}` });
  }
  const unit = `${v}.${z}.${y}.${mx}`;
  return ok({ code: `${unit}-${yy}${mm}${dd}-${seq}`, unit, receivedOn, sequence: Number(seq) });
}

/**
 * Builds the canonical code from typed parts (e.g. a parsed `DossierCode`).
 * @throws RangeError if `unit` is not canonical (`000.00.06.H56`, upper case), the date is
 *   not a real day in 2000–2099, or `sequence` is not an integer 0–9999. This is a
 *   programming error, unlike bad user input, which `parseDossierCode` reports.
 */
export function formatDossierCode({ unit, receivedOn, sequence }: DossierCodeParts): string {
  const { year, month, day } = receivedOn;
  if (!UNIT.test(unit)) {
    throw new RangeError(`formatDossierCode: unit must look like 000.00.06.H56, got "${unit}"`);
  }
  if (
    !Number.isInteger(year) ||
    year < 2000 ||
    year > 2099 ||
    !isValidCalendarDate({ year, month, day })
  ) {
    throw new RangeError(
      `formatDossierCode: receivedOn must be a real date in 2000–2099, got ${year}-${month}-${day}`,
    );
  }
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 9999) {
    throw new RangeError(`formatDossierCode: sequence must be an integer 0–9999, got ${sequence}`);
  }
  return `${unit}-${pad(year % 100)}${pad(month)}${pad(day)}-${pad(sequence, 4)}`;
}
