import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossierCodeMessages } from '../messages/dossier-code';
import { type DossierCodeErrorCode, formatDossierCode, parseDossierCode } from './dossier-code';

function value(input: unknown) {
  const r = parseDossierCode(input);
  if (!r.ok) throw new Error(`expected ok for ${String(input)}: ${r.error.code}`);
  return r.value;
}

describe('parseDossierCode', () => {
  it('decodes the research examples (§2.1)', () => {
    expect(parseDossierCode('000.00.06.H56-231027-0361')).toEqual({
      ok: true,
      value: {
        code: '000.00.06.H56-231027-0361',
        unit: '000.00.06.H56',
        receivedOn: { year: 2023, month: 10, day: 27 },
        sequence: 361,
      },
    });
    expect(value('000.17.22.H56-210531-0001')).toMatchObject({
      unit: '000.17.22.H56',
      receivedOn: { year: 2021, month: 5, day: 31 },
      sequence: 1,
    });
  });

  it.each([
    ['  000.00.06.h56-231027-0361 '],
    ['000.00.06.H56 - 231027 - 0361'],
    ['00000 06H56 231027 0361'],
    ['0000006H562310270361'],
    ['000.00.06.H56/231027/0361'],
    ['000.00.06.H56–231027–0361'], // en dashes from a word processor
    ['０００.００.０６.Ｈ５６-２３１０２７-０３６１'],
    ['000.00.06.H56-231027-0361'.normalize('NFD')],
  ])('accepts %j', (input) => {
    expect(value(input).code).toBe('000.00.06.H56-231027-0361');
  });

  it.each<[unknown, DossierCodeErrorCode]>([
    ['', 'empty'],
    [' - ', 'empty'],
    [undefined, 'empty'],
    [42, 'empty'],
    ['000.00.06.H56-231027-036', 'format'],
    ['000.00.06.H56-231027-03612', 'format'],
    ['000.00.06.56-231027-0361', 'format'],
    ['000.00.06.HH6-231027-0361', 'format'],
    ['1.010708.000.00.00.H56', 'format'], // a procedure code, not a dossier code
    ['000.00.06.H56-230229-0361', 'date'], // 2023 is not a leap year
    ['000.00.06.H56-231327-0361', 'date'],
    ['000.00.06.H56-231000-0361', 'date'],
    ['000.00.06.H56-230431-0361', 'date'],
  ])('%j → %s', (input, expected) => {
    const r = parseDossierCode(input);
    expect(r.ok ? undefined : r.error.code).toBe(expected);
  });

  it('accepts 29 February in a leap year and names the bad date', () => {
    expect(value('000.00.06.H56-240229-0361').receivedOn).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    const r = parseDossierCode('000.00.06.H56-230229-0361');
    expect(!r.ok && r.error.message).toContain('(29/02/2023)');
    const en = parseDossierCode('000.00.06.H56-230229-0361', { locale: 'en' });
    expect(!en.ok && en.error.message).toContain('not a real date');
  });

  const parts = fc.record({
    unit: fc.stringMatching(/^\d{3}\.\d\d\.\d\d\.[A-Z]\d\d$/),
    receivedOn: fc
      .date({
        min: new Date(Date.UTC(2000, 0, 1)),
        max: new Date(Date.UTC(2099, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })),
    sequence: fc.integer({ min: 0, max: 9999 }),
  });

  it('round-trips generated codes: format(parse(x)) === x and parse(format(p)) === p', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const code = formatDossierCode(p);
        const parsed = value(code);
        expect(parsed).toEqual({ code, ...p });
        expect(formatDossierCode(parsed)).toBe(code);
        // …also when typed loosely.
        expect(value(` ${code.replace(/[.-]/g, ' ').toLowerCase()} `).code).toBe(code);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (s) => {
        const r = parseDossierCode(s);
        expect(typeof (r.ok ? r.value.code : r.error.message)).toBe('string');
      }),
    );
  });
});

describe('formatDossierCode', () => {
  const good = {
    unit: '000.00.06.H56',
    receivedOn: { year: 2023, month: 10, day: 27 },
    sequence: 361,
  };

  it('builds the canonical code', () => {
    expect(formatDossierCode(good)).toBe('000.00.06.H56-231027-0361');
    expect(
      formatDossierCode({ ...good, receivedOn: { year: 2001, month: 2, day: 3 }, sequence: 7 }),
    ).toBe('000.00.06.H56-010203-0007');
  });

  it.each([
    { ...good, unit: '000.00.06.h56' },
    { ...good, unit: '0000006H56' },
    { ...good, receivedOn: { year: 1999, month: 10, day: 27 } },
    { ...good, receivedOn: { year: 2100, month: 1, day: 1 } },
    { ...good, receivedOn: { year: 2023, month: 2, day: 29 } },
    { ...good, receivedOn: { year: 2023, month: 1.5, day: 1 } },
    { ...good, sequence: 10000 },
    { ...good, sequence: -1 },
    { ...good, sequence: 1.5 },
  ])('throws a RangeError for invalid parts %j', (p) => {
    expect(() => formatDossierCode(p)).toThrow(RangeError);
  });
});

describe('dossierCode messages', () => {
  it('has a non-empty NFC message for every error code, in vi and en', () => {
    const codes: DossierCodeErrorCode[] = ['empty', 'format', 'date'];
    expect(Object.keys(dossierCodeMessages.vi).sort()).toEqual(
      codes.map((c) => `dossierCode.${c}`).sort(),
    );
    for (const catalogue of [dossierCodeMessages.vi, dossierCodeMessages.en]) {
      for (const c of codes) {
        const message = catalogue[`dossierCode.${c}`];
        expect(message.trim()).not.toBe('');
        expect(message).toBe(message.normalize('NFC'));
      }
    }
  });
});
