import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cccdMessages } from '../messages/cccd';
import { type CccdErrorCode, crossCheckCccd, maskCccd, parseCccd } from './cccd';
import { legacyProvinces } from './legacy-provinces';

const today = new Date(2025, 6, 1);

function value(input: unknown) {
  const r = parseCccd(input, { today });
  if (!r.ok) throw new Error(`expected ok for ${String(input)}: ${r.error.code}`);
  return r.value;
}

function code(input: unknown): string | undefined {
  const r = parseCccd(input, { today });
  return r.ok ? undefined : r.error.code;
}

describe('parseCccd', () => {
  it('decodes province, century, sex and year (§3.1)', () => {
    expect(value('001085012345')).toEqual({
      number: '001085012345',
      birthProvince: { code: '001', name: 'Hà Nội', becameCode: '01' },
      sex: 'male',
      birthYear: 1985,
    });
    expect(value('079160000001')).toMatchObject({ sex: 'female', birthYear: 1960 });
    expect(value('079203000001')).toMatchObject({ sex: 'male', birthYear: 2003 });
    expect(value('080310000001')).toMatchObject({
      sex: 'female',
      birthYear: 2010,
      birthProvince: { name: 'Long An', becameCode: '80' },
    });
    expect(value('077000000001').birthProvince.name).toBe('Bà Rịa - Vũng Tàu');
  });

  it.each([
    [' 001 085 012 345 '],
    ['001.085.012.345'],
    ['001-085-012-345'],
    ['００１０８５０１２３４５'],
    ['\u00a0001085012345\t'],
  ])('accepts %j as people type it', (input) => {
    expect(value(input).number).toBe('001085012345');
  });

  it.each<[unknown, CccdErrorCode]>([
    ['', 'empty'],
    ['   ', 'empty'],
    [' - . ', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    [{}, 'empty'],
    ['00108501234O', 'not_digits'],
    ['CCCD 001085012345', 'not_digits'],
    ['00108501234', 'length'],
    ['0010850123456', 'length'],
    ['012345678', 'old_cmnd'],
    ['012 345 678', 'old_cmnd'],
    ['003085012345', 'unknown_province'],
    ['100085012345', 'unknown_province'],
    ['000085012345', 'unknown_province'],
    ['001230012345', 'future_birth_year'],
    ['001426012345', 'future_birth_year'],
  ])('%j → %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it('puts what the person typed into the message', () => {
    const r = parseCccd('00108501234');
    expect(!r.ok && r.error.message).toBe(
      'Số CCCD phải có đủ 12 chữ số, số vừa nhập có 11. Vui lòng kiểm tra lại trên thẻ căn cước.',
    );
    const en = parseCccd('003085012345', { locale: 'en' });
    expect(!en.ok && en.error.message).toContain('(003)');
    const custom = parseCccd('', { messages: { 'cccd.empty': 'Nhập số CCCD' } });
    expect(!custom.ok && custom.error.message).toBe('Nhập số CCCD');
  });

  it('checks the birth year against `today`', () => {
    expect(parseCccd('001225012345', { today: new Date(2025, 0, 1) }).ok).toBe(true);
    expect(parseCccd('001225012345', { today: new Date(2024, 11, 31) }).ok).toBe(false);
    // Without `today` it uses the clock: someone born in 1985 is never in the future.
    expect(parseCccd('001085012345').ok).toBe(true);
  });

  it('accepts every province code and century digit that is not in the future', () => {
    const province = fc.constantFrom(...legacyProvinces.map((p) => p.code.padStart(3, '0')));
    fc.assert(
      fc.property(
        province,
        fc.integer({ min: 1900, max: 2025 }),
        fc.boolean(),
        fc.stringMatching(/^\d{6}$/),
        (ppp, year, female, rest) => {
          const g = Math.floor((year - 1900) / 100) * 2 + (female ? 1 : 0);
          const number = `${ppp}${g}${String(year % 100).padStart(2, '0')}${rest}`;
          const spaced = ` ${number.slice(0, 4)} ${number.slice(4, 8)}.${number.slice(8)} `;
          const v = value(spaced);
          expect(v.number).toBe(number);
          expect(v.birthYear).toBe(year);
          expect(v.sex).toBe(female ? 'female' : 'male');
          expect(v.birthProvince.code).toBe(ppp);
        },
      ),
    );
  });

  it('never throws, whatever it is given', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[\d .-]{0,16}$/),
      fc.anything(),
    );
    fc.assert(
      fc.property(anything, (input) => {
        const r = parseCccd(input);
        expect(typeof (r.ok ? r.value.number : r.error.message)).toBe('string');
      }),
    );
  });
});

describe('crossCheckCccd', () => {
  const cccd = value('001185012345'); // female, 1985

  it('finds nothing when the form agrees or is blank', () => {
    expect(crossCheckCccd(cccd, {})).toEqual([]);
    expect(crossCheckCccd(cccd, { dateOfBirth: new Date(1985, 4, 20), sex: 'female' })).toEqual([]);
    expect(crossCheckCccd(cccd, { dateOfBirth: { year: 1985 } })).toEqual([]);
    expect(crossCheckCccd(cccd, { dateOfBirth: new Date(Number.NaN) })).toEqual([]);
  });

  it('explains each mismatch', () => {
    const found = crossCheckCccd(cccd, { dateOfBirth: { year: 1958 }, sex: 'male' });
    expect(found).toEqual([
      {
        field: 'birthYear',
        code: 'birth_year_mismatch',
        expected: 1985,
        actual: 1958,
        message:
          'Năm sinh 1958 không khớp với số CCCD (năm 1985). Vui lòng kiểm tra lại một trong hai.',
      },
      {
        field: 'sex',
        code: 'sex_mismatch',
        expected: 'female',
        actual: 'male',
        message: cccdMessages.vi['cccd.sex_mismatch'],
      },
    ]);
    const [en] = crossCheckCccd(cccd, { dateOfBirth: new Date(1986, 0, 1) }, { locale: 'en' });
    expect(en?.message).toContain('1986');
    expect(en?.message).toContain('1985');
  });
});

describe('maskCccd', () => {
  it('keeps the first 3 and last 3 digits', () => {
    expect(maskCccd('001085012345')).toBe('001••••••345');
    expect(maskCccd(' 001 085 012 345 ')).toBe('001••••••345');
    expect(maskCccd('123456')).toBe('••••••');
    expect(maskCccd('')).toBe('');
    expect(maskCccd(null)).toBe('');
  });
  it('never shows more than 6 characters of the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const masked = maskCccd(s);
        expect(masked.replace(/•/g, '').length).toBeLessThanOrEqual(6);
      }),
    );
  });
});

describe('cccd messages', () => {
  it('has a non-empty NFC message for every key, in vi and en', () => {
    const keys = Object.keys(cccdMessages.vi);
    expect(Object.keys(cccdMessages.en).sort()).toEqual(keys.sort());
    for (const catalogue of [cccdMessages.vi, cccdMessages.en]) {
      for (const message of Object.values(catalogue)) {
        expect(message.trim()).not.toBe('');
        expect(message).toBe(message.normalize('NFC'));
      }
    }
  });
  it('has a message for every error code', () => {
    const codes: CccdErrorCode[] = [
      'empty',
      'not_digits',
      'length',
      'old_cmnd',
      'unknown_province',
      'future_birth_year',
    ];
    for (const c of codes) expect(cccdMessages.vi).toHaveProperty([`cccd.${c}`]);
  });
});
