import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plateMessages } from '../messages/plate';
import { formatPlate, type PlateErrorCode, parsePlate } from './plate';

function value(input: unknown) {
  const r = parsePlate(input);
  if (!r.ok) throw new Error(`expected ok for ${String(input)}: ${r.error.code}`);
  return r.value;
}

describe('parsePlate', () => {
  it('decodes a car plate (§3.5)', () => {
    expect(parsePlate('51A-123.45')).toEqual({
      ok: true,
      value: {
        normalized: '51A12345',
        display: '51A-123.45',
        locality: '51',
        series: 'A',
        order: '12345',
        vehicle: 'car',
        recognised: true,
      },
    });
  });

  it.each([
    // [typed, display, series, vehicle]
    ['51a 12345', '51A-123.45', 'A', 'car'],
    ['29A-1234', '29A-1234', 'A', 'car'],
    ['30S5555', '30S-5555', 'S', 'car'],
    ['29 Q 1234', '29Q-1234', 'Q', 'car'], // retired letter, pre-2010 only
    ['29Đ-123.45', '29Đ-123.45', 'Đ', 'car'],
    ['29đ12345', '29Đ-123.45', 'Đ', 'car'],
    ['51LD-123.45', '51LD-123.45', 'LD', 'car'],
    ['14KT12345', '14KT-123.45', 'KT', 'car'],
    ['14DA 1234', '14DA-1234', 'DA', 'car'],
    ['14HC-234.56', '14HC-234.56', 'HC', 'car'],
    ['50TĐ-82108', '50TĐ-821.08', 'TĐ', 'unknown'],
    ['74LB-123.45', '74LB-123.45', 'LB', 'unknown'],
    ['38CT 12345', '38CT-123.45', 'CT', 'unknown'],
    ['51R-14139', '51R-141.39', 'R', 'unknown'], // trailer
    ['14MK-12345', '14MK-123.45', 'MK', 'unknown'], // tractor
    ['29-B1 123.45', '29-B1 123.45', 'B1', 'motorbike'],
    ['59-X1 234.56', '59-X1 234.56', 'X1', 'motorbike'],
    ['59x123456', '59-X1 234.56', 'X1', 'motorbike'],
    ['43-A1 000.52', '43-A1 000.52', 'A1', 'motorbike'],
    ['51A123456', '51-A1 234.56', 'A1', 'motorbike'], // 6 digits: series A1, not car A
    ['29-F3 9999', '29-F3 9999', 'F3', 'motorbike'], // pre-2010 4-digit motorbike
    ['29F-399.99', '29F-399.99', 'F', 'car'], // same characters, typed as a car
    ['29-AA 123.45', '29-AA 123.45', 'AA', 'motorbike'], // <50 cc
    ['50HA 6666', '50-HA 6666', 'HA', 'motorbike'],
    ['29-MĐ1 013.53', '29-MĐ1 013.53', 'MĐ1', 'motorbike'], // electric
    ['29MĐ 12345', '29-MĐ 123.45', 'MĐ', 'motorbike'],
    ['５１Ａ－１２３．４５', '51A-123.45', 'A', 'car'], // full-width
  ])('%j → %s (%s, %s)', (typed, display, series, vehicle) => {
    const v = value(typed);
    expect(v.display).toBe(display);
    expect(v.series).toBe(series);
    expect(v.vehicle).toBe(vehicle);
    expect(v.normalized).toBe(display.replace(/[^A-Z0-9Đ]/g, ''));
  });

  it('decodes temporary and diplomatic plates', () => {
    expect(value('T29-123.45')).toMatchObject({
      display: 'T29-123.45',
      locality: '29',
      series: 'T',
      order: '12345',
      vehicle: 'unknown',
    });
    expect(value('80-011-NG-01')).toMatchObject({
      display: '80-011-NG-01',
      locality: '80',
      series: 'NG',
      country: '011',
      order: '01',
    });
    expect(value('41-291.NG -01').display).toBe('41-291-NG-01');
    expect(value('80NG-636-70')).toMatchObject({ series: 'NG', country: '636', order: '70' });
    expect(value('80 QT 546 42').display).toBe('80QT-546-42');
    expect(value('80-631-CV-01').series).toBe('CV');
  });

  it.each<[unknown, PlateErrorCode]>([
    ['', 'empty'],
    ['  ', 'empty'],
    ['-.', 'empty'],
    [null, 'empty'],
    [51, 'empty'],
    ['51', 'invalid'],
    ['51A', 'invalid'],
    ['ABCDEFGH', 'invalid'], // no digits
    ['51123456', 'invalid'], // no letters
    ['A5112345', 'invalid'], // locality not two digits
    ['51A-123.45.678.9', 'invalid'], // too long
    ['@@@', 'invalid'],
    ['29ZZZ1234', 'unrecognised'],
    ['51A1234567', 'unrecognised'],
    ['29W 123', 'unrecognised'],
    ['29-W 12', 'invalid'], // too short
    ['TC3386', 'unrecognised'], // military: unit letters, no locality
  ])('%j → %s', (input, expected) => {
    const r = parsePlate(input);
    expect(r.ok ? undefined : r.error.code).toBe(expected);
  });

  it('gives an unrecognised plate back normalised, so a form can keep it', () => {
    const r = parsePlate(' 29 zzz-12.34 ');
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'unrecognised',
        normalized: '29ZZZ1234',
        message:
          'Không nhận ra biển số 29ZZZ1234. Nếu đúng như trên biển xe thì vẫn có thể tiếp tục.',
      },
    });
    expect(formatPlate(' 29 zzz-12.34 ')).toBe('29ZZZ1234');
  });

  it('round-trips generated plates through format and parse', () => {
    const car = fc
      .tuple(
        fc.stringMatching(/^\d\d$/),
        fc.constantFrom(...'ABCDEFGHKLMNPSTUVXYZĐ'),
        fc.stringMatching(/^\d{4,5}$/),
      )
      .map(([l, s, o]) => ({ typed: `${l}${s.toLowerCase()} ${o}`, vehicle: 'car', order: o }));
    const bike = fc
      .tuple(
        fc.stringMatching(/^\d\d$/),
        fc.stringMatching(/^[A-Z][1-9]$/),
        fc.stringMatching(/^\d{4,5}$/),
      )
      .map(([l, s, o]) => ({ typed: `${l}-${s} ${o}`, vehicle: 'motorbike', order: o }));
    fc.assert(
      fc.property(fc.oneof(car, bike), ({ typed, vehicle, order }) => {
        const v = value(typed);
        expect(v.vehicle).toBe(vehicle);
        expect(v.order).toBe(order);
        expect(formatPlate(typed)).toBe(v.display);
        expect(value(v.display)).toEqual(v);
        expect(formatPlate(v.display)).toBe(v.display);
      }),
    );
  });

  it('never throws, and `normalized` holds only plate characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (s) => {
        const r = parsePlate(s);
        const normalized = r.ok
          ? r.value.normalized
          : 'normalized' in r.error
            ? r.error.normalized
            : '';
        expect(normalized).toMatch(/^[A-Z0-9Đ]*$/);
        expect(typeof formatPlate(s as string)).toBe('string');
      }),
    );
  });
});

describe('plate messages', () => {
  it('has a non-empty NFC message for every error code, in vi and en', () => {
    const codes: PlateErrorCode[] = ['empty', 'invalid', 'unrecognised'];
    expect(Object.keys(plateMessages.vi).sort()).toEqual(codes.map((c) => `plate.${c}`).sort());
    for (const catalogue of [plateMessages.vi, plateMessages.en]) {
      for (const c of codes) {
        const message = catalogue[`plate.${c}`];
        expect(message.trim()).not.toBe('');
        expect(message).toBe(message.normalize('NFC'));
      }
    }
  });
});
