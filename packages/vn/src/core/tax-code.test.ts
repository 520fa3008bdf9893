import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taxCodeMessages } from '../messages/tax-code';
import { formatTaxCode, parseTaxCode, type TaxCodeErrorCode } from './tax-code';

function code(input: unknown): string | undefined {
  const r = parseTaxCode(input);
  return r.ok ? undefined : r.error.code;
}

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** Nine digits → the valid 10-digit code, or undefined when no check digit exists. */
function withCheckDigit(nine: string): string | undefined {
  const s = WEIGHTS.reduce((sum, w, i) => sum + w * Number(nine[i]), 0) % 11;
  return s === 0 ? undefined : nine + String(10 - s);
}

describe('parseTaxCode', () => {
  it('accepts the research vectors (§3.4)', () => {
    expect(parseTaxCode('0100233488')).toEqual({
      ok: true,
      value: { value: '0100233488', base: '0100233488', kind: 'enterprise', provinceCode: '01' },
    });
    expect(parseTaxCode('0314409058-002')).toEqual({
      ok: true,
      value: {
        value: '0314409058-002',
        base: '0314409058',
        branch: '002',
        kind: 'branch',
        provinceCode: '03',
      },
    });
    expect(parseTaxCode('0100109106').ok).toBe(true);
    expect(code('0100233480')).toBe('checksum');
  });

  it.each([
    ['0314409058002'],
    [' 0314 409 058 - 002 '],
    ['0314.409.058-002'],
    ['０３１４４０９０５８－００２'],
    ['0314409058‐002'], // U+2010 hyphen from word processors
  ])('accepts %j', (input) => {
    const r = parseTaxCode(input);
    expect(r.ok && r.value.value).toBe('0314409058-002');
  });

  it.each<[unknown, TaxCodeErrorCode]>([
    ['', 'empty'],
    [' ', 'empty'],
    [undefined, 'empty'],
    ['MST 0100233488', 'not_digits'],
    ['01002334B8', 'not_digits'],
    ['010023348', 'length'],
    ['01002334881', 'length'],
    ['01002334880012', 'length'],
    ['0100000003', 'invalid_sequence'], // passes the checksum, but no sequence
    ['0100233488-000', 'invalid_branch'],
    ['0100233489', 'checksum'],
    ['0314409058-002'.replace('8', '9'), 'checksum'],
  ])('%j → %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it('reports how many digits were typed, in either language', () => {
    const r = parseTaxCode('123', { locale: 'en' });
    expect(!r.ok && r.error.message).toBe(
      'A tax code has 10 digits (13 for a branch); you entered 3. Please check it.',
    );
  });

  it('rejects codes whose checksum would need a check digit of 10', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.integer({ min: 0, max: 9 }), (nine, d) => {
        fc.pre(withCheckDigit(nine) === undefined && nine.slice(2) !== '0000000');
        expect(code(nine + String(d))).toBe('checksum');
      }),
    );
  });

  it('round-trips generated valid codes through format and parse', () => {
    const valid = fc
      .tuple(fc.stringMatching(/^\d{9}$/), fc.option(fc.integer({ min: 1, max: 999 })))
      .map(([nine, branch]) => {
        const base = withCheckDigit(nine);
        return base && nine.slice(2) !== '0000000'
          ? { base, branch: branch === null ? undefined : String(branch).padStart(3, '0') }
          : undefined;
      })
      .filter((x) => x !== undefined);
    fc.assert(
      fc.property(valid, ({ base, branch }) => {
        const typed = branch ? `${base} ${branch}` : base;
        const r = parseTaxCode(typed);
        if (!r.ok) throw new Error(`${typed}: ${r.error.code}`);
        expect(r.value.base).toBe(base);
        expect(r.value.branch).toBe(branch);
        expect(r.value.kind).toBe(branch ? 'branch' : 'enterprise');
        expect(formatTaxCode(typed)).toBe(r.value.value);
        expect(formatTaxCode(r.value)).toBe(r.value.value);
        expect(parseTaxCode(r.value.value)).toEqual(r);
      }),
    );
  });

  it('catches every single-digit typo in the first nine digits', () => {
    // Weights are all non-zero mod 11, so one changed digit always changes the sum mod 11.
    const base = '0100233488';
    for (let i = 0; i < 9; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === base[i]) continue;
        const typo = base.slice(0, i) + String(d) + base.slice(i + 1);
        expect(parseTaxCode(typo).ok).toBe(false);
      }
    }
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (s) => {
        const r = parseTaxCode(s);
        expect(typeof (r.ok ? r.value.value : r.error.message)).toBe('string');
        expect(typeof formatTaxCode(s as string)).toBe('string');
      }),
    );
  });
});

describe('formatTaxCode', () => {
  it('adds the dash to 13 digits and leaves other text without separators', () => {
    expect(formatTaxCode('0314409058002')).toBe('0314409058-002');
    expect(formatTaxCode(' 0100 233 488 ')).toBe('0100233488');
    expect(formatTaxCode({ base: '0314409058', branch: '002' })).toBe('0314409058-002');
    expect(formatTaxCode('12')).toBe('12');
  });
});

describe('taxCode messages', () => {
  it('has a non-empty NFC message for every error code, in vi and en', () => {
    const codes: TaxCodeErrorCode[] = [
      'empty',
      'not_digits',
      'length',
      'checksum',
      'invalid_sequence',
      'invalid_branch',
    ];
    expect(Object.keys(taxCodeMessages.vi).sort()).toEqual(codes.map((c) => `taxCode.${c}`).sort());
    for (const catalogue of [taxCodeMessages.vi, taxCodeMessages.en]) {
      for (const c of codes) {
        const message = catalogue[`taxCode.${c}`];
        expect(message.trim()).not.toBe('');
        expect(message).toBe(message.normalize('NFC'));
      }
    }
  });
});
