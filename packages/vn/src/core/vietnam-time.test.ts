import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDate } from './date';
import {
  fromIsoDate,
  fromIsoDateTime,
  toIsoDate,
  toIsoDateTime,
  VIETNAM_OFFSET_MS,
  vietnamDay,
  vietnamTime,
} from './vietnam-time';

const at = (iso: string) => Date.parse(iso);
/** Instants from year 1000 to 9998, whole seconds (toIsoDateTime drops milliseconds). */
const instant = fc.integer({ min: -30_000_000_000, max: 253_000_000_000 }).map((s) => s * 1000);

describe('toIsoDateTime', () => {
  it("writes Vietnam's wall clock with +07:00, whatever the instant's own zone", () => {
    expect(toIsoDateTime(at('2026-11-30T01:15:00Z'))).toBe('2026-11-30T08:15:00+07:00');
    expect(toIsoDateTime(at('2026-11-29T20:00:00Z'))).toBe('2026-11-30T03:00:00+07:00');
    expect(toIsoDateTime(at('2026-12-31T23:59:59.999+07:00'))).toBe('2026-12-31T23:59:59+07:00');
    expect(toIsoDateTime(0)).toBe('1970-01-01T07:00:00+07:00');
    expect(VIETNAM_OFFSET_MS).toBe(25_200_000);
  });

  it('round-trips through fromIsoDateTime', () => {
    fc.assert(fc.property(instant, (ms) => fromIsoDateTime(toIsoDateTime(ms)) === ms));
  });
});

describe('fromIsoDateTime', () => {
  it('reads date-times with Z or ±hh:mm', () => {
    expect(fromIsoDateTime('2026-11-30T08:15:00+07:00')).toBe(at('2026-11-30T01:15:00Z'));
    expect(fromIsoDateTime('2026-11-30T01:15Z')).toBe(at('2026-11-30T01:15:00Z'));
    expect(fromIsoDateTime('2026-11-30T01:15:00.250-08:00')).toBe(at('2026-11-30T09:15:00.250Z'));
  });

  it('refuses a time without a zone, a bare day, and anything not a string', () => {
    for (const value of [
      '2026-11-30T08:15:00',
      '2026-11-30',
      '2026-11-30 08:15:00+07:00',
      '2026-11-30T08:15:00+0700',
      '',
      1_700_000_000_000,
      undefined,
      null,
    ]) {
      expect(fromIsoDateTime(value), String(value)).toBeNaN();
    }
  });
});

describe('toIsoDate and fromIsoDate', () => {
  it('write and read YYYY-MM-DD with zero padding', () => {
    expect(toIsoDate({ year: 2026, month: 1, day: 5 })).toBe('2026-01-05');
    expect(toIsoDate({ year: 987, month: 12, day: 31 })).toBe('0987-12-31');
    expect(fromIsoDate('2026-01-05')).toEqual({ year: 2026, month: 1, day: 5 });
    expect(fromIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const value of [
      '2026-02-29',
      '2026-13-01',
      '2026-04-31',
      '0000-01-01',
      '2026-1-5',
      '05/01/2026',
      '2026-01-05T00:00:00+07:00',
      ' 2026-01-05',
      20260105,
      undefined,
    ]) {
      expect(fromIsoDate(value), String(value)).toBeUndefined();
    }
  });

  it('round-trip every valid day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-30'), noInvalidDate: true }),
        (d) => {
          const day = fromDate(d);
          expect(fromIsoDate(toIsoDate(day))).toEqual(day);
        },
      ),
    );
  });
});

describe('vietnamDay and vietnamTime', () => {
  it('take the day in Vietnam, not in UTC or the machine zone', () => {
    // 17:00 UTC on the 29th is already 00:00 on the 30th in Vietnam.
    expect(vietnamDay(at('2026-11-29T17:00:00Z'))).toEqual({ year: 2026, month: 11, day: 30 });
    expect(vietnamDay(at('2026-11-29T16:59:59.999Z'))).toEqual({ year: 2026, month: 11, day: 29 });
    expect(() => vietnamDay(Number.NaN)).toThrow(RangeError);
  });

  it('give the instant of a wall-clock time in Vietnam', () => {
    const day = { year: 2026, month: 12, day: 1 };
    expect(toIsoDateTime(vietnamTime(day, 0))).toBe('2026-12-01T00:00:00+07:00');
    expect(toIsoDateTime(vietnamTime(day, 7 * 60 + 30))).toBe('2026-12-01T07:30:00+07:00');
    // 24:00 is the next midnight.
    expect(vietnamDay(vietnamTime(day, 24 * 60))).toEqual({ year: 2026, month: 12, day: 2 });
  });

  it('agree with each other for every instant', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const day = vietnamDay(ms);
        const midnight = vietnamTime(day, 0);
        return midnight <= ms && ms < midnight + 86_400_000;
      }),
    );
  });
});
