// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distanceMetres,
  matchesText,
  proximity,
  rankDuplicates,
  searchWords,
  textSimilarity,
} from './similarity';
import type { PublicReport, ReportLocation, ReportStatus } from './types';

const HO_GUOM = { latitude: 21.0287, longitude: 105.8524 };
const device = (latitude: number, longitude: number): ReportLocation => ({
  kind: 'device',
  latitude,
  longitude,
});

let n = 0;
function report(overrides: Partial<PublicReport> = {}): PublicReport {
  n++;
  return {
    id: `rep-${n}`,
    code: `PA-261201-${String(n).padStart(4, '0')}`,
    categoryId: 'ha-tang-giao-thong',
    description: 'Ổ gà lớn giữa đường Đinh Tiên Hoàng',
    photos: [],
    location: device(HO_GUOM.latitude, HO_GUOM.longitude),
    status: 'sent',
    history: [],
    supporters: 0,
    createdAt: '2026-12-01T08:00:00+07:00',
    ...overrides,
  };
}

describe('distanceMetres', () => {
  it('measures known distances', () => {
    // One degree of latitude is about 111.2 km everywhere.
    expect(
      distanceMetres({ latitude: 21, longitude: 105 }, { latitude: 22, longitude: 105 }),
    ).toBeCloseTo(111_195, -2);
    // Hồ Gươm to Hà Nội railway station: about 1.6 km.
    const station = { latitude: 21.0245, longitude: 105.8412 };
    expect(distanceMetres(HO_GUOM, station)).toBeGreaterThan(1100);
    expect(distanceMetres(HO_GUOM, station)).toBeLessThan(1300);
  });

  it('is a distance: zero to itself, symmetric, never negative', () => {
    const point = fc.record({
      latitude: fc.double({ min: 8, max: 23.5, noNaN: true }),
      longitude: fc.double({ min: 102, max: 110, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceMetres(a, a)).toBeCloseTo(0, 6);
        expect(distanceMetres(a, b)).toBeCloseTo(distanceMetres(b, a), 6);
        expect(distanceMetres(a, b)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('textSimilarity', () => {
  it('ignores diacritics, case and punctuation', () => {
    expect(searchWords('Đường  bị ngập!')).toEqual(['duong', 'bi', 'ngap']);
    expect(textSimilarity('Ổ gà lớn, giữa đường!', 'o ga lon giua duong')).toBe(1);
    expect(textSimilarity('ĐÈN ĐƯỜNG HỎNG', 'đèn đường hỏng'.normalize('NFD'))).toBe(1);
  });

  it('ranks a rewording above an unrelated text, and is 0 for nothing shared', () => {
    const query = 'Ổ gà lớn giữa đường Đinh Tiên Hoàng';
    const reworded = textSimilarity(query, 'Mặt đường Đinh Tiên Hoàng có ổ gà lớn');
    const unrelated = textSimilarity(query, 'Vỉa hè bị lấn chiếm bán hàng');
    expect(reworded).toBeGreaterThan(0.5);
    expect(unrelated).toBe(0);
    expect(textSimilarity('', query)).toBe(0);
  });

  it('is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = textSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(textSimilarity(b, a)).toBeCloseTo(s, 10);
      }),
    );
  });
});

describe('proximity', () => {
  it('is 1 at the same spot, falls to 0 at the radius, undefined beyond', () => {
    const here = device(HO_GUOM.latitude, HO_GUOM.longitude);
    expect(proximity(here, here, 300)).toBe(1);
    const hundredMetres = device(HO_GUOM.latitude + 0.0009, HO_GUOM.longitude);
    expect(proximity(here, hundredMetres, 300)).toBeCloseTo(2 / 3, 1);
    expect(proximity(here, hundredMetres, 50)).toBeUndefined();
  });

  it('matches communes by code, including a device location the backend placed in one', () => {
    const chosen: ReportLocation = {
      kind: 'commune',
      provinceCode: '01',
      communeCode: '00070',
      place: 'x',
    };
    const placed: ReportLocation = {
      kind: 'device',
      latitude: 21,
      longitude: 105,
      communeCode: '00070',
    };
    expect(proximity(chosen, placed, 300)).toBe(0.5);
    expect(proximity(chosen, { ...chosen, communeCode: '00004' }, 300)).toBeUndefined();
    expect(proximity(chosen, device(21, 105), 300)).toBeUndefined();
  });
});

describe('rankDuplicates', () => {
  it('keeps open reports of the category nearby with similar text, most alike first', () => {
    const same = report();
    const near = report({
      description: 'Mặt đường Đinh Tiên Hoàng có ổ gà lớn',
      location: device(HO_GUOM.latitude + 0.0009, HO_GUOM.longitude),
    });
    const unlike = report({ description: 'Vỉa hè bị lấn chiếm' });
    const otherKind = report({ categoryId: 'moi-truong' });
    const far = report({ location: device(HO_GUOM.latitude + 0.03, HO_GUOM.longitude) });
    const gone = (['closed', 'rejected'] as ReportStatus[]).map((status) => report({ status }));
    const answered = report({
      status: 'answered',
      location: device(HO_GUOM.latitude + 0.002, HO_GUOM.longitude),
    });
    const found = rankDuplicates(
      {
        categoryId: 'ha-tang-giao-thong',
        location: device(HO_GUOM.latitude, HO_GUOM.longitude),
        description: 'o ga lon giua duong dinh tien hoang',
      },
      [far, unlike, near, otherKind, ...gone, answered, same],
    );
    // The same words 220 m away outrank a rewording 100 m away: text weighs more than metres.
    expect(found.map((m) => m.report.id)).toEqual([same.id, answered.id, near.id]);
    expect(found[0]).toMatchObject({ similarity: 1, distance: 0 });
    expect(found[1]?.distance).toBeGreaterThan(200);
    expect(found[2]?.similarity).toBeLessThan(1);
  });

  it('without words, returns every open one nearby, nearest first; honours the radius and limit', () => {
    const reports = [0.002, 0.0005, 0.001].map((d) =>
      report({ location: device(HO_GUOM.latitude + d, HO_GUOM.longitude) }),
    );
    const query = {
      categoryId: 'ha-tang-giao-thong',
      location: device(HO_GUOM.latitude, HO_GUOM.longitude),
      description: '  ',
    };
    expect(rankDuplicates(query, reports).map((m) => m.report.id)).toEqual(
      [reports[1], reports[2], reports[0]].map((r) => r?.id),
    );
    expect(rankDuplicates({ ...query, radius: 150 }, reports)).toHaveLength(2);
    expect(rankDuplicates(query, reports, { limit: 1 })).toHaveLength(1);
  });
});

describe('matchesText', () => {
  const road = report({
    description: 'Đường Lê Lợi ngập sâu sau mưa',
    location: { kind: 'commune', provinceCode: '01', communeCode: '00070', place: 'Gần chợ Hôm' },
    answer: {
      agency: { vi: 'UBND phường' },
      answeredAt: '2026-12-02T09:00:00+07:00',
      text: 'Đã nạo vét cống thoát nước.',
      attachments: [],
    },
  });

  it('makes diacritics optional: a bare word matches with or without marks', () => {
    for (const query of [
      'duong le loi',
      'Đường Lê Lợi',
      'ĐƯỜNG',
      'duo',
      'ngap sau',
      'cho hom',
      'nao vet',
      road.code,
    ]) {
      expect(matchesText(road, query), query).toBe(true);
    }
    expect(matchesText(road, 'đường lê lợi'.normalize('NFD'))).toBe(true);
    expect(matchesText(road, '')).toBe(true);
  });

  it('holds a word typed with marks to those marks, and needs every word', () => {
    const ocean = report({ description: 'Dương liễu đổ bên hồ' });
    expect(matchesText(ocean, 'duong')).toBe(true);
    expect(matchesText(ocean, 'đường')).toBe(false);
    expect(matchesText(road, 'duong hanoi')).toBe(false);
    expect(matchesText(road, 'ngap sau xyz')).toBe(false);
  });
});
