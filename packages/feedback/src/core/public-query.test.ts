// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, queryPublicReports } from './public-query';
import { FeedbackError, type PublicReport } from './types';

const answer = {
  agency: { vi: 'UBND phường Hoàn Kiếm' },
  answeredAt: '2026-12-03T09:00:00+07:00',
  text: 'Đã xử lý.',
  attachments: [],
};

function report(i: number, overrides: Partial<PublicReport> = {}): PublicReport {
  return {
    id: `rep-${String(i).padStart(3, '0')}`,
    code: `PA-261201-${String(i).padStart(4, '0')}`,
    categoryId: 'ha-tang-giao-thong',
    description: `Ổ gà số ${i}`,
    photos: [],
    location: { kind: 'commune', provinceCode: '01', communeCode: '00070', place: 'Ngõ 1' },
    status: 'answered',
    history: [],
    answer,
    supporters: 0,
    // One an hour from 1 December 2026, 08:00.
    createdAt: new Date(Date.parse('2026-12-01T08:00:00+07:00') + i * 3_600_000).toISOString(),
    ...overrides,
  };
}

describe('queryPublicReports', () => {
  it('lists only answered or closed reports with an answer, newest first', () => {
    const reports = [
      report(1),
      report(2, { status: 'closed' }),
      report(3, { status: 'in_progress' }),
      report(4, { status: 'answered', answer: undefined } as never),
      report(5, { status: 'sent', answer: undefined } as never),
    ];
    const page = queryPublicReports(reports, {});
    expect(page.items.map((r) => r.id)).toEqual(['rep-002', 'rep-001']);
    expect(page.total).toBe(2);
    expect(page.nextCursor).toBeUndefined();
  });

  it('filters by category, commune, Vietnam day (inclusive) and text', () => {
    const reports = [
      report(1),
      report(2, { categoryId: 'moi-truong', description: 'Rác đầu ngõ' }),
      report(20, {
        location: { kind: 'device', latitude: 21, longitude: 105, communeCode: '00004' },
      }),
    ];
    const ids = (query: Parameters<typeof queryPublicReports>[1]) =>
      queryPublicReports(reports, query).items.map((r) => r.id);
    expect(ids({ categoryId: 'moi-truong' })).toEqual(['rep-002']);
    expect(ids({ communeCode: '00004' })).toEqual(['rep-020']);
    // rep-020 was sent on 2 December at 04:00, Vietnam time (21:00 UTC the day before).
    expect(ids({ from: '2026-12-02' })).toEqual(['rep-020']);
    expect(ids({ to: '2026-12-01' })).toEqual(['rep-002', 'rep-001']);
    expect(ids({ text: 'rac' })).toEqual(['rep-002']);
  });

  it('pages every report exactly once, whatever the page size, even when reports arrive between pages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (count, limit) => {
          const reports = Array.from({ length: count }, (_, i) => report(i + 1));
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let guard = 0; guard <= count; guard++) {
            const page = queryPublicReports(reports, { limit, ...(cursor ? { cursor } : {}) });
            expect(page.items.length).toBeLessThanOrEqual(limit);
            seen.push(...page.items.map((r) => r.id));
            // A newer report answered meanwhile goes to the top, not into the next page.
            reports.push(report(1000 + guard));
            cursor = page.nextCursor;
            if (!cursor) break;
          }
          expect(seen).toEqual(
            Array.from({ length: count }, (_, i) => `rep-${String(count - i).padStart(3, '0')}`),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('caps the limit at 50 and refuses malformed queries with 400 unknown', () => {
    const reports = Array.from({ length: 60 }, (_, i) => report(i + 1));
    expect(queryPublicReports(reports, { limit: 500 }).items).toHaveLength(50);
    expect(queryPublicReports(reports, {}).items).toHaveLength(10);
    for (const query of [
      { limit: 0 },
      { limit: 2.5 },
      { from: '01/12/2026' },
      { to: '2026-02-30' },
      { cursor: 'không phải' },
      { cursor: encodeCursor({ at: 1, id: 'x' }).slice(0, -3) },
      { text: 42 },
    ]) {
      let caught: unknown;
      try {
        queryPublicReports(reports, query as never);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(query)).toBeInstanceOf(FeedbackError);
      expect((caught as FeedbackError).status).toBe(400);
    }
  });

  it('round-trips a cursor, ids with any characters included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.string({ minLength: 1 }), (at, id) => {
        expect(decodeCursor(encodeCursor({ at, id }))).toEqual({ at, id });
      }),
    );
  });
});
