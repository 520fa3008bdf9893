import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyMessages } from '../messages/money';
import { formatVnd, parseVnd } from './money';

function value(input: unknown, options?: Parameters<typeof parseVnd>[1]) {
  const result = parseVnd(input, options);
  if (!result.ok) throw new Error(`${String(input)}: ${result.error.code}`);
  return result.value;
}

function code(input: unknown, options?: Parameters<typeof parseVnd>[1]) {
  const result = parseVnd(input, options);
  return result.ok ? 'ok' : result.error.code;
}

describe('formatVnd', () => {
  it('groups with dots and ends with a no-break space and ₫', () => {
    expect(formatVnd(1234568)).toBe('1.234.568\u00a0₫');
    expect(formatVnd(0)).toBe('0\u00a0₫');
    expect(formatVnd(999)).toBe('999\u00a0₫');
    expect(formatVnd(1000)).toBe('1.000\u00a0₫');
    expect(formatVnd(-1234568)).toBe('-1.234.568\u00a0₫');
    expect(formatVnd(12345678901234567890n)).toBe('12.345.678.901.234.567.890\u00a0₫');
    expect(formatVnd(1e21)).toBe('1.000.000.000.000.000.000.000\u00a0₫');
    expect(formatVnd(1234568, { locale: 'en' })).toBe('1,234,568\u00a0VND');
  });

  it('rounds to whole đồng, half away from zero', () => {
    expect(formatVnd(1234567.5)).toBe('1.234.568\u00a0₫');
    expect(formatVnd(1234567.4)).toBe('1.234.567\u00a0₫');
    expect(formatVnd(-2.5)).toBe('-3\u00a0₫');
    expect(formatVnd(-0.4)).toBe('0\u00a0₫');
    expect(formatVnd(Number.NaN)).toBe('');
    expect(formatVnd(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('prints what Intl prints for vi-VN', () => {
    const intl = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
    for (const n of [0, 7, 1234568, -1234568, 9_007_199_254_740_991]) {
      expect(formatVnd(n)).toBe(intl.format(n));
    }
  });
});

describe('parseVnd', () => {
  it('reads plain and grouped numbers with or without the currency', () => {
    for (const input of [
      '1.234.568',
      '1234568',
      '1.234.568 ₫',
      '1.234.568\u00a0₫',
      '1.234.568₫',
      '1.234.568đ',
      '1.234.568 Đ',
      '1.234.568 VNĐ',
      '1,234,568 VND',
      '₫1,234,568',
      'VND 1.234.568',
      '1 234 568 đồng',
      '1 234 568 đồng'.normalize('NFD'),
      '1\u202f234\u202f568',
      '１.２３４.５６８',
      '  1.234.568  ',
      '1.234.568,00',
      '1,234,568.00',
      1234568,
      1234568n,
    ]) {
      expect(value(input), String(input)).toBe(1234568);
    }
    expect(value('0')).toBe(0);
    expect(value('1.500')).toBe(1500);
    expect(value('12,345')).toBe(12345);
  });

  it('reads amounts in words the way people type them', () => {
    const cases: Record<string, number> = {
      '1,5 triệu': 1_500_000,
      '1.5 triệu': 1_500_000,
      '1,5tr': 1_500_000,
      '2 triệu 500 nghìn': 2_500_000,
      '2 triệu 500 nghìn đồng': 2_500_000,
      '2triệu500nghìn': 2_500_000,
      '500k': 500_000,
      '500K': 500_000,
      '1.5k': 1_500,
      '20 nghìn': 20_000,
      '20 ngàn': 20_000,
      '20 nghin dong': 20_000,
      '1 tỷ 200 triệu': 1_200_000_000,
      '2 tỉ': 2_000_000_000,
      '1.500 nghìn': 1_500_000,
      '3 triệu 2 nghìn đ': 3_002_000,
    };
    for (const [input, expected] of Object.entries(cases)) {
      expect(value(input), input).toBe(expected);
    }
  });

  it('refuses fractions of a đồng', () => {
    for (const input of [
      '1.234,5',
      '1234,5',
      '1,5',
      '0.5',
      '1,234,568.5',
      '1,2345 nghìn',
      '1,5 đồng',
    ]) {
      expect(code(input), input).toBe('fraction');
    }
  });

  it('refuses what it cannot read', () => {
    for (const input of [
      'abc',
      '₫',
      '-',
      '1.234.56',
      '1234.567',
      '1.234,567.000',
      '2 triệu 500',
      '500 nghìn 2 triệu',
      '2 triệu 3 triệu',
      '2tr5',
      '5kg',
      '1 2 3',
      '1.23.456',
      '$100',
      'một triệu',
    ]) {
      expect(code(input), input).toBe('format');
    }
  });

  it('refuses negative amounts unless allowed', () => {
    expect(code('-500.000')).toBe('negative');
    expect(code('−500.000 ₫')).toBe('negative');
    expect(value('-500.000', { allowNegative: true })).toBe(-500_000);
    expect(value('-1.234.568\u00a0₫', { allowNegative: true })).toBe(-1_234_568);
    expect(value('-0')).toBe(0);
    expect(Object.is(value('-0', { allowNegative: true }), 0)).toBe(true);
  });

  it('refuses amounts beyond a safe integer', () => {
    expect(value('9.007.199.254.740.991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(code('9.007.199.254.740.992')).toBe('too_large');
    expect(code('10 triệu tỷ')).toBe('format');
    expect(code('9999999 tỷ')).toBe('too_large');
    expect(code('1'.repeat(400))).toBe('too_large');
  });

  it('gives empty for nothing', () => {
    expect(code('')).toBe('empty');
    expect(code(' \t')).toBe('empty');
    expect(code(undefined)).toBe('empty');
    expect(code(null)).toBe('empty');
    expect(code({})).toBe('empty');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        const result = parseVnd(input);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
        else expect(Number.isSafeInteger(result.value)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9 .,]{0,20}(k|tr|trieu|ty|d|₫)?$/), (input) => {
        const result = parseVnd(input, { allowNegative: true });
        if (result.ok) expect(Number.isSafeInteger(result.value)).toBe(true);
      }),
    );
  });

  it('reads back what formatVnd prints', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseVnd(formatVnd(n))).toEqual({ ok: true, value: n });
        expect(parseVnd(formatVnd(n, { locale: 'en' }))).toEqual({ ok: true, value: n });
        expect(parseVnd(formatVnd(-n), { allowNegative: true })).toEqual({
          ok: true,
          value: -n || 0,
        });
      }),
    );
  });
});

describe('money messages', () => {
  it('are non-empty NFC text in both languages, with the same keys', () => {
    expect(Object.keys(moneyMessages.en).sort()).toEqual(Object.keys(moneyMessages.vi).sort());
    for (const catalogue of [moneyMessages.vi, moneyMessages.en]) {
      for (const message of Object.values(catalogue)) {
        expect(message.trim().length).toBeGreaterThan(10);
        expect(message).toBe(message.normalize('NFC'));
      }
    }
  });

  it('explain each error in both languages', () => {
    for (const input of ['', 'x', '-5', '1'.repeat(20), '1,5']) {
      for (const locale of ['vi', 'en'] as const) {
        const result = parseVnd(input, { locale });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).not.toMatch(/^money\.|\{/);
      }
    }
    const result = parseVnd('1.234,5');
    expect(result.ok ? '' : result.error.message).toBe(
      'Tiền Việt Nam không có số lẻ dưới 1 đồng. Vui lòng ghi số đồng chẵn, ví dụ 1.234 chứ không phải 1.234,5.',
    );
  });
});
