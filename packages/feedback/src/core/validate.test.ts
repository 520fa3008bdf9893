// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NewReport, ReportIssue } from './types';
import {
  COMMENT_MAX_CHARACTERS,
  countCharacters,
  DESCRIPTION_MAX_CHARACTERS,
  hasControlCharacters,
  normalizeDescription,
  validateLocation,
  validateNewReport,
  validateRating,
  validateResolvedAnswer,
} from './validate';

const categories = [{ id: 'ha-tang-giao-thong' }, { id: 'moi-truong' }];
const valid: NewReport = {
  categoryId: 'ha-tang-giao-thong',
  description: 'Ổ gà lớn giữa đường Đinh Tiên Hoàng',
  photoIds: ['photo-1'],
  location: { kind: 'commune', provinceCode: '01', communeCode: '00070', place: 'Trước số 12' },
  showName: false,
  publish: true,
  notify: true,
  idempotencyKey: 'key-0000-0001',
};
const check = (patch: Partial<NewReport> | Record<string, unknown>) =>
  validateNewReport({ ...valid, ...patch }, { categories });
const codes = (issues: readonly ReportIssue[]) => issues.map((i) => `${i.path}.${i.code}`);

describe('normalizeDescription', () => {
  it('composes, turns CRLF and CR into LF, trims, and changes nothing else', () => {
    expect(normalizeDescription('  Đường\r\nngập\rsâu\t!  '.normalize('NFD'))).toBe(
      'Đường\nngập\nsâu\t!',
    );
    const html = '<p onclick="x()">Cây đổ &amp; <b>chắn</b> đường</p>';
    expect(normalizeDescription(html)).toBe(html);
  });

  it('is idempotent and always NFC', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeDescription(text);
        expect(normalizeDescription(once)).toBe(once);
        expect(once).toBe(once.normalize('NFC'));
        expect(once).not.toContain('\r');
      }),
    );
  });
});

describe('countCharacters', () => {
  it('counts what a reader sees: composed or not, one letter is one', () => {
    expect(countCharacters('Nguyễn')).toBe(6);
    expect(countCharacters('Nguyễn'.normalize('NFD'))).toBe(6);
    expect(countCharacters('👍🏽')).toBe(1);
    expect(countCharacters('👨‍👩‍👧')).toBe(1);
    expect(countCharacters('')).toBe(0);
  });

  it('counts NFD Vietnamese exactly as its NFC form', () => {
    const vietnamese = fc
      .array(
        fc.constantFrom(
          ...'aăâeêioôơuưyđAĂÂĐàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ \n',
        ),
      )
      .map((letters) => letters.join(''));
    fc.assert(
      fc.property(vietnamese, (text) => {
        expect(countCharacters(text.normalize('NFD'))).toBe(countCharacters(text));
        expect(countCharacters(text)).toBe([...text.normalize('NFC')].length);
      }),
    );
  });
});

describe('validateNewReport', () => {
  it('passes a valid report', () => {
    expect(check({})).toEqual([]);
    expect(check({ location: { kind: 'device', latitude: 21.03, longitude: 105.85 } })).toEqual([]);
  });

  it('never throws, whatever arrives, and names only the contract’s paths and codes', () => {
    const paths = ['categoryId', 'description', 'photoIds', 'location', 'rating', 'comment'];
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        const issues = validateNewReport(input, { categories });
        for (const issue of issues) expect(paths).toContain(issue.path);
        return Array.isArray(issues);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.record({
          categoryId: fc.anything(),
          description: fc.anything(),
          photoIds: fc.anything(),
          location: fc.anything(),
        }),
        (input) => Array.isArray(validateNewReport(input, { categories })),
      ),
      { numRuns: 500 },
    );
    expect(codes(validateNewReport(null, { categories }))).toEqual([
      'categoryId.required',
      'description.required',
      'photoIds.too_few_photos',
      'location.required',
    ]);
  });

  it('allows exactly 4,000 characters, counted after NFC, and refuses 4,001', () => {
    const at = 'ệ'.repeat(DESCRIPTION_MAX_CHARACTERS);
    expect(check({ description: at })).toEqual([]);
    expect(check({ description: at.normalize('NFD') })).toEqual([]);
    expect(check({ description: `  ${at}\r\n` })).toEqual([]);
    expect(check({ description: `${at}a` })).toEqual([
      {
        path: 'description',
        code: 'too_long',
        params: { max: 4000, length: 4001, over: 1 },
      },
    ]);
    // 4,000 family emoji are 20,000 code points and still 4,000 characters.
    expect(check({ description: '👨‍👩‍👧'.repeat(4000) })).toEqual([]);
  });

  it('holds the boundary for any text: over 4,000 characters is too_long, else not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3990, max: 4010 }),
        fc.constantFrom('a', 'ế', 'ế'.normalize('NFD'), '👍🏽', 'x y'),
        (n, unit) => {
          const text = Array.from({ length: n }, () => unit).join('');
          const length = countCharacters(normalizeDescription(text));
          const issues = check({ description: text });
          expect(issues.some((i) => i.code === 'too_long')).toBe(length > 4000);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses control characters, keeps tab and newline, turns CR into newline', () => {
    for (const bad of [
      '\u0000',
      '\u0007',
      '\u001b[2J',
      '\u007f',
      '\u0085',
      '\u202e',
      '\u2066',
      '\ud800',
    ]) {
      expect(codes(check({ description: `Đèn hỏng ${bad} cả tuần` })), JSON.stringify(bad)).toEqual(
        ['description.control_characters'],
      );
    }
    expect(check({ description: 'Dòng 1\r\nDòng 2\tcột\rDòng 3 👍🏽 ‍' })).toEqual([]);
    expect(hasControlCharacters('\u{1F600}')).toBe(false);
  });

  it('keeps HTML as text: it is valid data', () => {
    expect(check({ description: '<script>alert(1)</script><img src=x onerror=y>' })).toEqual([]);
  });

  it('checks the category, the description and the number of photos', () => {
    expect(codes(check({ categoryId: '' }))).toEqual(['categoryId.required']);
    expect(codes(check({ categoryId: 'khong-co' }))).toEqual(['categoryId.unknown_category']);
    expect(codes(check({ description: ' \n\t ' }))).toEqual(['description.required']);
    expect(codes(check({ description: 42 }))).toEqual(['description.required']);
    expect(check({ photoIds: [] })).toEqual([
      { path: 'photoIds', code: 'too_few_photos', params: { min: 1 } },
    ]);
    expect(check({ photoIds: ['1', '2', '3', '4', '5'] })).toEqual([]);
    expect(check({ photoIds: ['1', '2', '3', '4', '5', '6'] })).toEqual([
      { path: 'photoIds', code: 'too_many_photos', params: { max: 5, count: 6, over: 1 } },
    ]);
    expect(codes(check({ photoIds: ['1', 2] }))).toEqual(['photoIds.unknown_photo']);
  });
});

describe('validateLocation', () => {
  it('takes device coordinates in range, with an optional commune and place', () => {
    expect(validateLocation({ kind: 'device', latitude: -90, longitude: 180 })).toEqual([]);
    expect(
      validateLocation({
        kind: 'device',
        latitude: 21.03,
        longitude: 105.85,
        provinceCode: '01',
        communeCode: '00070',
        address: 'Hoàn Kiếm, Hà Nội',
        place: 'Cổng chợ',
      }),
    ).toEqual([]);
    for (const bad of [
      { kind: 'device', latitude: 91, longitude: 0 },
      { kind: 'device', latitude: 0, longitude: Number.NaN },
      { kind: 'device', latitude: '21', longitude: 105 },
      { kind: 'device', latitude: 21, longitude: 105, communeCode: '00070' },
      { kind: 'somewhere' },
      'Hà Nội',
    ]) {
      expect(codes(validateLocation(bad)), JSON.stringify(bad)).toEqual([
        'location.invalid_location',
      ]);
    }
    expect(codes(validateLocation(undefined))).toEqual(['location.required']);
  });

  it('takes a 2025 commune with a place; the place is required and at most 200 characters', () => {
    const commune = { kind: 'commune', provinceCode: '01', communeCode: '00070', place: 'Ngõ 12' };
    expect(validateLocation(commune)).toEqual([]);
    expect(validateLocation({ ...commune, place: '  ' })).toEqual([
      { path: 'location', code: 'required', params: { part: 'place' } },
    ]);
    expect(codes(validateLocation({ ...commune, place: 'x'.repeat(201) }))).toEqual([
      'location.too_long',
    ]);
    expect(codes(validateLocation({ ...commune, provinceCode: '99' }))).toEqual([
      'location.invalid_location',
    ]);
    expect(codes(validateLocation({ ...commune, communeCode: '70' }))).toEqual([
      'location.invalid_location',
    ]);
    const exists = (_: string, code: string) => code === '00070';
    expect(validateLocation(commune, { communeExists: exists })).toEqual([]);
    expect(
      codes(validateLocation({ ...commune, communeCode: '00004' }, { communeExists: exists })),
    ).toEqual(['location.invalid_location']);
  });
});

describe('validateRating and validateResolvedAnswer', () => {
  it('needs a level, and a comment for unsatisfied', () => {
    expect(validateRating({ level: 'satisfied' })).toEqual([]);
    expect(validateRating({ level: 'very_satisfied', comment: 'Cảm ơn' })).toEqual([]);
    expect(codes(validateRating({ level: 'bad' }))).toEqual(['rating.required']);
    expect(codes(validateRating({ level: 'unsatisfied', comment: ' ' }))).toEqual([
      'rating.comment_required',
    ]);
    expect(codes(validateRating({ level: 'unsatisfied', comment: 'x'.repeat(1001) }))).toEqual([
      'rating.too_long',
    ]);
    expect(
      validateRating({ level: 'unsatisfied', comment: 'x'.repeat(COMMENT_MAX_CHARACTERS) }),
    ).toEqual([]);
  });

  it('takes yes or no with an optional comment', () => {
    expect(validateResolvedAnswer({ resolved: false })).toEqual([]);
    expect(validateResolvedAnswer({ resolved: true, comment: '' })).toEqual([]);
    expect(codes(validateResolvedAnswer({ resolved: false, comment: 'a\u0000' }))).toEqual([
      'comment.control_characters',
    ]);
    expect(codes(validateResolvedAnswer({ resolved: 'no' }))).toEqual(['comment.required']);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(Array.isArray(validateRating(input))).toBe(true);
        expect(Array.isArray(validateResolvedAnswer(input))).toBe(true);
        expect(Array.isArray(validateLocation(input))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
