import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneMessages } from '../messages/phone';
import { formatPhone, maskPhone, parsePhone } from './phone';

function value(input: unknown) {
  const result = parsePhone(input);
  if (!result.ok) throw new Error(`${String(input)}: ${result.error.code}`);
  return result.value;
}

function code(input: unknown, options?: Parameters<typeof parsePhone>[1]) {
  const result = parsePhone(input, options);
  return result.ok ? 'ok' : result.error.code;
}

// Research §3.3: every 11-digit prefix and its 10-digit replacement.
const OLD_TO_NEW: Record<string, [string, string]> = {
  '0120': ['070', 'MobiFone'],
  '0121': ['079', 'MobiFone'],
  '0122': ['077', 'MobiFone'],
  '0126': ['076', 'MobiFone'],
  '0128': ['078', 'MobiFone'],
  '0123': ['083', 'VinaPhone'],
  '0124': ['084', 'VinaPhone'],
  '0125': ['085', 'VinaPhone'],
  '0127': ['081', 'VinaPhone'],
  '0129': ['082', 'VinaPhone'],
  '0162': ['032', 'Viettel'],
  '0163': ['033', 'Viettel'],
  '0164': ['034', 'Viettel'],
  '0165': ['035', 'Viettel'],
  '0166': ['036', 'Viettel'],
  '0167': ['037', 'Viettel'],
  '0168': ['038', 'Viettel'],
  '0169': ['039', 'Viettel'],
  '0186': ['056', 'Vietnamobile'],
  '0188': ['058', 'Vietnamobile'],
  '0199': ['059', 'Gmobile'],
};

describe('parsePhone', () => {
  it('parses a mobile number', () => {
    expect(value('0912345678')).toEqual({
      e164: '+84912345678',
      national: '0912 345 678',
      kind: 'mobile',
      country: 'VN',
      carrier: 'VinaPhone',
    });
  });

  it('accepts the ways people type it', () => {
    for (const input of [
      '0912 345 678',
      '0912.345.678',
      '091-234-5678',
      '  0912345678\n',
      '+84912345678',
      '+84 912 345 678',
      '(+84) 912 345 678',
      '84912345678',
      '84 912 345 678',
      '0084912345678',
      '00 84 912 345 678',
      '+84 0912 345 678',
      '912345678',
      '０９１２３４５６７８',
      '＋８４ ９１２ ３４５ ６７８',
      '0912\u00a0345\u00a0678',
      '0912–345–678',
      912345678,
    ]) {
      expect(value(input).e164, String(input)).toBe('+84912345678');
    }
  });

  it('rejects the ranges validator.js wrongly accepts', () => {
    for (const input of ['0521234567', '0551234567', '0891234567', '0992123456']) {
      expect(code(input), input).toBe('invalid');
    }
    // …while the allocated parts of those ranges pass.
    for (const input of [
      '0522123456',
      '0523123456',
      '0528123456',
      '0559123456',
      '0896123456',
      '0899123456',
    ]) {
      expect(value(input).kind, input).toBe('mobile');
    }
  });

  it('parses fixed, premium and toll-free numbers', () => {
    expect(value('02431234567')).toEqual({
      e164: '+842431234567',
      national: '024 3123 4567',
      kind: 'fixed',
      country: 'VN',
    });
    expect(value('(028) 3829 1234').kind).toBe('fixed');
    expect(value('0236 3821 234').kind).toBe('fixed');
    expect(value('1900123456')).toMatchObject({ kind: 'premium', national: '1900 123456' });
    expect(value('1900 1234').kind).toBe('premium');
    expect(value('18001234')).toMatchObject({ kind: 'tollfree', national: '1800 1234' });
    expect(value('1800 123 456').kind).toBe('tollfree');
  });

  it('rewrites every old 11-digit prefix', () => {
    for (const [old, [fresh, carrier]] of Object.entries(OLD_TO_NEW)) {
      const result = parsePhone(`${old}1234567`);
      expect(result.ok, old).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('old_prefix');
      expect(result.error.suggestion).toBe(`${fresh}1234567`);
      expect(result.error.message).toContain(`đầu số cũ ${old}.`);
      expect(result.error.message).toContain(`số mới là ${fresh} 123 4567.`);
      // The suggestion is itself a valid number on the same network.
      expect(value(result.error.suggestion)).toMatchObject({ kind: 'mobile', carrier });
    }
  });

  it('explains the old prefix in plain words, in both languages', () => {
    const vi = parsePhone('0169.123.4567');
    expect(vi).toEqual({
      ok: false,
      error: {
        code: 'old_prefix',
        suggestion: '0391234567',
        message:
          'Số điện thoại này dùng đầu số cũ 0169. Từ năm 2018 đầu số này đã đổi thành 039: số mới là 039 123 4567.',
      },
    });
    const en = parsePhone('+84 169 123 4567', { locale: 'en' });
    expect(en.ok ? '' : en.error.message).toBe(
      'This phone number uses the old prefix 0169. In 2018 that prefix changed to 039: the new number is 039 123 4567.',
    );
    expect(code('841231234567')).toBe('old_prefix');
  });

  it('names the carrier of the main ranges', () => {
    const carriers: Record<string, string> = {
      Viettel: '086 096 097 098 032 033 034 035 036 037 038 039',
      VinaPhone: '088 091 094 081 082 083 084 085',
      MobiFone: '0898 090 093 070 076 077 078 079',
      Vietnamobile: '092 056 058',
      Gmobile: '099 059',
      Itelecom: '087',
      Wintel: '0559',
    };
    for (const [carrier, prefixes] of Object.entries(carriers)) {
      for (const prefix of prefixes.split(' ')) {
        const input = `${prefix}1234567`.slice(0, 10);
        expect(value(input).carrier, input).toBe(carrier);
      }
    }
    // Not sure who holds these: no carrier rather than a wrong one.
    expect(value('0512345678').carrier).toBeUndefined();
    expect(value('0522345678').carrier).toBeUndefined();
  });

  it('gives a code for each way a number can be wrong', () => {
    expect(code('')).toBe('empty');
    expect(code('   ')).toBe('empty');
    expect(code(undefined)).toBe('empty');
    expect(code(null)).toBe('empty');
    expect(code({})).toBe('empty');
    expect(code('abc')).toBe('not_digits');
    expect(code('09l2345678')).toBe('not_digits');
    expect(code('+')).toBe('not_digits');
    expect(code('0912 345 678 ext 12')).toBe('not_digits');
    expect(code('0912')).toBe('too_short');
    expect(code('091234567')).toBe('too_short');
    expect(code('0241234567')).toBe('too_short');
    expect(code('+84')).toBe('too_short');
    expect(code('0')).toBe('too_short');
    expect(code('09123456789')).toBe('too_long');
    expect(code('024312345678')).toBe('too_long');
    expect(code('0'.repeat(40))).toBe('too_long');
    expect(code('0412345678')).toBe('invalid');
    expect(code('+1 000 000 0000')).toBe('invalid');
  });

  it('rejects foreign numbers unless allowForeign', () => {
    expect(code('+12025550123')).toBe('not_vietnamese');
    expect(code('0033612345678')).toBe('not_vietnamese');
    const us = parsePhone('+1 (202) 555-0123', { allowForeign: true });
    expect(us).toEqual({
      ok: true,
      value: { e164: '+12025550123', national: '(202) 555-0123', kind: 'other', country: 'US' },
    });
    const fr = parsePhone('0033 6 12 34 56 78', { allowForeign: true });
    expect(fr.ok && fr.value).toMatchObject({
      e164: '+33612345678',
      kind: 'mobile',
      country: 'FR',
    });
    expect(fr.ok && fr.value.carrier).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        const result = parsePhone(input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[+(]?[0-9 .()-]{0,24}$/), (input) => {
        const result = parsePhone(input, { allowForeign: true });
        // A parsed number's E.164 form parses back to itself.
        if (result.ok) expect(value(result.value.e164).e164).toBe(result.value.e164);
      }),
    );
  });

  it('parses every number in the 10-digit mobile ranges', () => {
    const prefix = fc.constantFrom(
      '32',
      '39',
      '56',
      '58',
      '59',
      '70',
      '79',
      '81',
      '86',
      '88',
      '90',
      '98',
    );
    fc.assert(
      fc.property(prefix, fc.stringMatching(/^\d{7}$/), (p, rest) => {
        const phone = value(`0${p}${rest}`);
        expect(phone.e164).toBe(`+84${p}${rest}`);
        expect(phone.kind).toBe('mobile');
        expect(phone.carrier).toBeDefined();
      }),
    );
  });
});

describe('formatPhone', () => {
  it('formats in the three styles', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
    expect(formatPhone('0912345678', 'international')).toBe('+84 912 345 678');
    expect(formatPhone('0912 345 678', 'e164')).toBe('+84912345678');
    expect(formatPhone('+842431234567', 'national')).toBe('024 3123 4567');
    expect(formatPhone('+12025550123', 'international')).toBe('+1 202 555 0123');
  });

  it('returns what it cannot parse unchanged', () => {
    expect(formatPhone(' 0169 123 4567 ')).toBe('0169 123 4567');
    expect(formatPhone('abc', 'e164')).toBe('abc');
  });
});

describe('maskPhone', () => {
  it('keeps the first and last three digits', () => {
    expect(maskPhone('0912345678')).toBe('091••••678');
    expect(maskPhone('+84 912 345 678')).toBe('091••••678');
    expect(maskPhone('02431234567')).toBe('024•••••567');
    expect(maskPhone('+12025550123')).toBe('+12••••••123');
  });

  it('shows at most the last three digits of anything else', () => {
    expect(maskPhone('01691234567')).toBe('••••••••567');
    expect(maskPhone('12345')).toBe('•••••');
    expect(maskPhone('hello')).toBe('');
  });
});

describe('phone messages', () => {
  it('are non-empty NFC text in both languages, with the same keys', () => {
    expect(Object.keys(phoneMessages.en).sort()).toEqual(Object.keys(phoneMessages.vi).sort());
    for (const catalogue of [phoneMessages.vi, phoneMessages.en]) {
      for (const message of Object.values(catalogue)) {
        expect(message.trim().length).toBeGreaterThan(10);
        expect(message).toBe(message.normalize('NFC'));
      }
    }
  });

  it('has a message for every error code', () => {
    for (const input of [
      '',
      'x',
      '0912',
      '09123456789',
      '01691234567',
      '0521234567',
      '+12025550123',
    ]) {
      for (const locale of ['vi', 'en'] as const) {
        const result = parsePhone(input, { locale });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).not.toMatch(/phone\.|\{/);
      }
    }
  });

  it('lets an app override a message', () => {
    const result = parsePhone('', { messages: { 'phone.empty': 'Nhập số điện thoại' } });
    expect(result.ok ? '' : result.error.message).toBe('Nhập số điện thoại');
  });
});
