import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  consentCanonicalText,
  consentTextHash,
  decide,
  formatVietnamTime,
  latestRecords,
  pendingPurposes,
  withdraw,
} from './consent';
import { ConsentPurposesError, parseConsentPurposes } from './definitions';
import type { ConsentPurpose, ConsentRecord } from './types';

const hoSo: ConsentPurpose = {
  id: 'ho-so-dich-vu-cong',
  version: 1,
  required: true,
  title: { vi: 'Xử lý hồ sơ dịch vụ công', en: 'Handling public service applications' },
  data: { vi: 'Họ tên, số CCCD, số điện thoại' },
  why: { vi: 'Để tiếp nhận và giải quyết hồ sơ' },
  processor: { vi: 'UBND Tỉnh Mẫu (Trung tâm Phục vụ hành chính công)' },
  retention: { vi: '5 năm kể từ khi hồ sơ có kết quả' },
};
const thongBao: ConsentPurpose = {
  id: 'thong-bao-zalo',
  version: 2,
  required: false,
  title: { vi: 'Nhận thông báo qua Zalo' },
  data: { vi: 'Mã Zalo' },
  why: { vi: 'Để báo khi hồ sơ có kết quả' },
  processor: { vi: 'UBND Tỉnh Mẫu' },
  retention: { vi: 'Đến khi rút lại đồng ý' },
  withdrawEffect: { vi: 'Sẽ không nhận tin nhắn Zalo về hồ sơ.' },
};
const NOW = Date.parse('2026-11-29T12:30:00Z');

const rec = (
  purposeId: string,
  version: number,
  decision: ConsentRecord['decision'],
  decidedAt: string,
): ConsentRecord => ({ purposeId, version, decision, decidedAt, textHash: '0'.repeat(64) });

describe('consentTextHash', () => {
  it('is SHA-256 hex of the documented canonical form', async () => {
    const canonical = consentCanonicalText(hoSo);
    expect(
      canonical.startsWith('govmini-consent/1\n18:ho-so-dich-vu-cong\n1:1\n8:required\n'),
    ).toBe(true);
    const expected = createHash('sha256').update(canonical, 'utf8').digest('hex');
    expect(await consentTextHash(hoSo)).toBe(expected);
    expect(expected).toBe('8cdaeddc4745b84ca1c8828f6376dee494fdfda02ef684397d9169434d19a139');
  });

  it('is the same for NFC and NFD input, and ignores English', async () => {
    const nfd: ConsentPurpose = {
      ...hoSo,
      title: { vi: hoSo.title.vi.normalize('NFD') },
      why: { vi: hoSo.why.vi.normalize('NFD') },
    };
    expect(nfd.title.vi).not.toBe(hoSo.title.vi);
    expect(await consentTextHash(nfd)).toBe(await consentTextHash(hoSo));
  });

  it('changes with any Vietnamese text, the version, the required flag or the id', async () => {
    const base = await consentTextHash(hoSo);
    const variants: ConsentPurpose[] = [
      { ...hoSo, id: 'ho-so-2' },
      { ...hoSo, version: 2 },
      { ...hoSo, required: false },
      { ...hoSo, retention: { vi: '10 năm kể từ khi hồ sơ có kết quả' } },
      { ...hoSo, withdrawEffect: { vi: 'x' } },
      // Moving a word across a field boundary is a different text (length prefixes).
      { ...hoSo, title: { vi: 'Xử lý hồ sơ dịch vụ' }, data: { vi: 'công\nHọ tên, số CCCD' } },
    ];
    const hashes = await Promise.all(variants.map(consentTextHash));
    expect(new Set([base, ...hashes]).size).toBe(variants.length + 1);
  });
});

describe('decide / withdraw', () => {
  it('makes a record with Vietnam time and the text hash', async () => {
    const record = await decide(hoSo, 'granted', NOW);
    expect(record).toEqual({
      purposeId: 'ho-so-dich-vu-cong',
      version: 1,
      decision: 'granted',
      decidedAt: '2026-11-29T19:30:00+07:00',
      textHash: await consentTextHash(hoSo),
    });
    expect(Date.parse(record.decidedAt)).toBe(NOW);
    expect((await decide(hoSo, 'refused', new Date(NOW))).decision).toBe('refused');
    expect((await withdraw(thongBao, NOW)).decision).toBe('withdrawn');
  });

  it('formats across midnight in Vietnam time', () => {
    expect(formatVietnamTime(Date.parse('2026-12-31T17:00:00.999Z'))).toBe(
      '2027-01-01T00:00:00+07:00',
    );
  });
});

describe('latestRecords', () => {
  it('keeps the latest per purpose by time, later in the list on a tie', () => {
    const a1 = rec('a', 1, 'granted', '2026-11-29T09:00:00+07:00');
    const a2 = rec('a', 1, 'withdrawn', '2026-11-29T03:00:00Z'); // 10:00 in Vietnam
    const b1 = rec('b', 1, 'granted', '2026-11-29T09:00:00+07:00');
    const b2 = rec('b', 1, 'refused', '2026-11-29T09:00:00+07:00');
    expect(latestRecords([a2, b1, a1, b2])).toEqual([a2, b2]);
    expect(latestRecords([])).toEqual([]);
  });
});

describe('pendingPurposes', () => {
  const purposes = [hoSo, thongBao];
  it('asks everything when nothing was decided', () => {
    expect(pendingPurposes(purposes, [])).toEqual(purposes);
  });
  it('asks nothing after a grant and an optional refusal of the current versions', () => {
    const records = [
      rec(hoSo.id, 1, 'granted', '2026-11-29T09:00:00+07:00'),
      rec(thongBao.id, 2, 'refused', '2026-11-29T09:00:00+07:00'),
    ];
    expect(pendingPurposes(purposes, records)).toEqual([]);
  });
  it('asks again for a new version', () => {
    const records = [
      rec(hoSo.id, 1, 'granted', '2026-11-29T09:00:00+07:00'),
      rec(thongBao.id, 1, 'granted', '2026-11-29T09:00:00+07:00'),
    ];
    expect(pendingPurposes(purposes, records)).toEqual([thongBao]);
  });
  it('keeps a refused or withdrawn required purpose pending', () => {
    for (const decision of ['refused', 'withdrawn'] as const) {
      const records = [
        rec(hoSo.id, 1, 'granted', '2026-11-29T09:00:00+07:00'),
        rec(hoSo.id, 1, decision, '2026-11-29T10:00:00+07:00'),
        rec(thongBao.id, 2, 'withdrawn', '2026-11-29T10:00:00+07:00'),
      ];
      expect(pendingPurposes(purposes, records)).toEqual([hoSo]);
    }
  });
});

describe('parseConsentPurposes', () => {
  const issues = (input: unknown) => {
    try {
      parseConsentPurposes(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ConsentPurposesError);
      return (error as ConsentPurposesError).issues.map((i) => `${i.code} ${i.path}`);
    }
    throw new Error('expected a ConsentPurposesError');
  };

  it('accepts valid purposes, from JSON text too, and NFC-normalises', () => {
    const nfd = { ...hoSo, title: { ...hoSo.title, vi: hoSo.title.vi.normalize('NFD') } };
    const parsed = parseConsentPurposes(JSON.stringify([nfd, thongBao]));
    expect(parsed).toEqual([hoSo, thongBao]);
    expect(parsed[0]?.title.vi).toBe(hoSo.title.vi.normalize('NFC'));
  });

  it('names the path of every problem', () => {
    const { retention: _r, ...noRetention } = hoSo;
    expect(
      issues([
        hoSo,
        { ...hoSo, version: 0 },
        { ...thongBao, title: { vi: '  ', en: 'x' } },
        { ...thongBao, id: 'other', version: 1.5, withdrawEffect: undefined },
        noRetention,
        { ...hoSo, id: 'x', required: 'yes' },
        'nope',
      ]),
    ).toEqual([
      'duplicate_id [1].id',
      'invalid_version [1].version',
      'missing_text [2].title.vi',
      'invalid_version [3].version',
      'missing_text [3].withdrawEffect.vi',
      'duplicate_id [4].id',
      'missing_text [4].retention.vi',
      'invalid_required [5].required',
      'not_object [6]',
    ]);
  });

  it('rejects non-arrays, bad JSON and bad ids', () => {
    expect(issues('{')).toEqual(['invalid_json ']);
    expect(issues({})).toEqual(['not_array ']);
    expect(issues([{ ...hoSo, id: 'Có dấu' }])).toEqual(['invalid_id [0].id']);
    expect(issues([{ ...hoSo, title: { vi: 'ok', en: 5 } }])).toEqual([
      'invalid_text [0].title.en',
    ]);
  });

  it('says where in its message, for developers', () => {
    expect(() => parseConsentPurposes([{ ...hoSo, version: -1 }])).toThrow(
      /\[0\]\.version: version must be a positive integer/,
    );
  });
});
