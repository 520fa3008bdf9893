// Conformance: what anyone may see — never the reporter's identity, the name only when they
// chose to show it, private reports nowhere, only answered reports in the list — and finding:
// filters, search with diacritics optional, "Xem thêm" pages, duplicates found and ranked.
import { expect } from 'vitest';
import type { PublicReport } from '../core/types';
import {
  type Case,
  expectFeedbackError,
  type FeedbackCapabilities,
  type MakeSubject,
} from './conformance';
import {
  agencyOf,
  answeredReport,
  BA_DINH,
  commune,
  device,
  FAR_AWAY,
  fileReport,
  HO_GUOM,
  HOAN_KIEM,
  LIGHTS,
  NEAR_HO_GUOM,
  ROADS,
  RUBBISH,
} from './conformance-fixture';

/** Every property a PublicReport may have (src/core/types.ts). */
const PUBLIC_KEYS = [
  'id',
  'code',
  'categoryId',
  'description',
  'photos',
  'location',
  'status',
  'history',
  'answer',
  'supporters',
  'reporterName',
  'createdAt',
  'dueDate',
];

const ids = (reports: readonly PublicReport[]) => reports.map((r) => r.id).sort();

export function publicCases(make: MakeSubject, test: Case, can: FeedbackCapabilities): void {
  test(
    ['agency'],
    'never shows the reporter’s identity in any public answer; the name only by choice',
    async () => {
      const subject = await make();
      const { service, citizens } = subject;
      const [a, b] = citizens;
      const named = await answeredReport(subject, a, { showName: true });
      const anonymous = await answeredReport(subject, b, { showName: false });
      const open = await fileReport(subject, b, { showName: false, categoryId: LIGHTS });
      const answers: [string, unknown][] = [
        ['listPublic', await service.listPublic({})],
        ['getPublic named', await service.getPublic(named.id)],
        ['getPublic anonymous', await service.getPublic(anonymous.id)],
        ['getPublic open', await service.getPublic(open.id)],
      ];
      if (can.duplicates) {
        answers.push([
          'findDuplicates',
          await service.findDuplicates({
            categoryId: LIGHTS,
            location: open.location,
            description: open.description,
          }),
        ]);
      }
      for (const [where, answer] of answers) {
        const json = JSON.stringify(answer);
        for (const secret of [a.session, b.session, ...a.secrets, ...b.secrets]) {
          expect(json, `${where} leaks ${secret}`).not.toContain(secret);
        }
        expect(json, `${where} names a reporter who chose not to be named`).not.toContain(b.name);
      }
      const list = await service.listPublic({});
      expect(ids(list.items)).toEqual(ids([named, anonymous]));
      for (const report of [...list.items, await service.getPublic(open.id)]) {
        for (const key of Object.keys(report)) expect(PUBLIC_KEYS).toContain(key);
      }
      expect((await service.getPublic(anonymous.id)).reporterName).toBeUndefined();
      const shown = (await service.getPublic(named.id)).reporterName;
      if (can.showName) expect(shown).toBe(a.name);
      else expect(shown === undefined || shown === a.name).toBe(true);
    },
  );

  test(
    ['agency', 'privateReports'],
    'keeps a report without publish out of every public answer',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const hidden = await answeredReport(subject, a, { publish: false });
      expect((await subject.service.listPublic({})).items).toEqual([]);
      await expectFeedbackError(subject.service.getPublic(hidden.id), 'not_found');
      if (can.duplicates) {
        const found = await subject.service.findDuplicates({
          categoryId: ROADS,
          location: hidden.location,
          description: hidden.description,
        });
        expect(found.map((r) => r.id)).not.toContain(hidden.id);
      }
      expect((await subject.service.getMine(a.session, hidden.id)).answer).toBeDefined();
    },
  );

  test(
    ['agency'],
    'lists only answered reports, with the answer; unknown ids are not_found',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const waiting = await fileReport(subject, a);
      expect((await subject.service.listPublic({})).items).toEqual([]);
      await agencyOf(subject).answer(waiting.id, { text: 'Đã vá xong ổ gà.' });
      const [listed] = (await subject.service.listPublic({})).items;
      expect(listed?.id).toBe(waiting.id);
      expect(listed?.status).toBe('answered');
      expect(listed?.answer?.text).toBe('Đã vá xong ổ gà.');
      expect(listed?.answer?.agency.vi.length).toBeGreaterThan(0);
      await expectFeedbackError(subject.service.getPublic('khong-co-phan-anh-nay'), 'not_found');
    },
  );

  test(
    ['agency', 'publicFilters'],
    'filters by category, commune and the day sent (inclusive)',
    async () => {
      const subject = await make();
      const [a, b] = subject.citizens;
      const road = await answeredReport(subject, a, { location: commune(HOAN_KIEM) });
      const rubbish = await answeredReport(subject, b, {
        categoryId: RUBBISH,
        description: 'Rác đổ trộm đầu ngõ',
        location: commune(BA_DINH, 'Đầu ngõ 5'),
      });
      const list = async (query: Parameters<typeof subject.service.listPublic>[0]) =>
        ids((await subject.service.listPublic(query)).items);
      expect(await list({ categoryId: RUBBISH })).toEqual([rubbish.id]);
      expect(await list({ communeCode: HOAN_KIEM })).toEqual([road.id]);
      expect(await list({ categoryId: RUBBISH, communeCode: HOAN_KIEM })).toEqual([]);
      expect(await list({ from: '2026-12-01', to: '2026-12-01' })).toEqual(ids([road, rubbish]));
      expect(await list({ from: '2026-12-02' })).toEqual([]);
      expect(await list({ to: '2026-11-30' })).toEqual([]);
    },
  );

  test(['agency', 'publicSearch'], 'searches with diacritics optional', async () => {
    const subject = await make();
    const [a, b] = subject.citizens;
    const flood = await answeredReport(subject, a, {
      description: 'Đường Lê Lợi ngập sâu sau mỗi trận mưa',
    });
    const market = await answeredReport(subject, b, {
      categoryId: RUBBISH,
      description: 'Rác thải tràn ra lòng đường cạnh chợ Đồng Xuân',
    });
    const search = async (text: string) => ids((await subject.service.listPublic({ text })).items);
    expect(await search('duong le loi')).toEqual([flood.id]);
    expect(await search('ĐƯỜNG LÊ LỢI')).toEqual([flood.id]);
    expect(await search('cho dong xuan')).toEqual([market.id]);
    expect(await search('chợ Đồng Xuân'.normalize('NFD'))).toEqual([market.id]);
    expect(await search('duong')).toEqual(ids([flood, market]));
    expect(await search('khong co gi nhu the')).toEqual([]);
  });

  test(
    ['agency', 'paging'],
    'pages with “Xem thêm” cursors: every report once, then no cursor',
    async () => {
      const subject = await make();
      const [a] = subject.citizens;
      const filed: string[] = [];
      for (let i = 0; i < 12; i++) {
        filed.push((await answeredReport(subject, a, { description: `Ổ gà số ${i + 1}` })).id);
      }
      const seen: string[] = [];
      const sizes: number[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 5; page++) {
        const answer = await subject.service.listPublic({
          limit: 5,
          ...(cursor ? { cursor } : {}),
        });
        sizes.push(answer.items.length);
        seen.push(...answer.items.map((r) => r.id));
        if (answer.total !== undefined) expect(answer.total).toBe(12);
        cursor = answer.nextCursor;
        if (!cursor) break;
      }
      expect(sizes).toEqual([5, 5, 2]);
      expect(seen.sort()).toEqual(filed.sort());
      expect((await subject.service.listPublic({})).items.length).toBeLessThanOrEqual(10);
    },
  );

  test(
    ['agency', 'duplicates'],
    'finds open reports of the same category nearby with similar text, most alike first',
    async () => {
      const subject = await make();
      const [, b] = subject.citizens;
      const text = 'Ổ gà lớn giữa đường Đinh Tiên Hoàng';
      const file = (overrides: Parameters<typeof fileReport>[2]) =>
        fileReport(subject, b, { description: text, location: device(HO_GUOM), ...overrides });
      const same = await file({});
      const near = await file({
        location: device(NEAR_HO_GUOM),
        description: 'Mặt đường Đinh Tiên Hoàng có ổ gà lớn',
      });
      const unlike = await file({
        location: device(NEAR_HO_GUOM),
        description: 'Vỉa hè bị lấn chiếm',
      });
      const otherKind = await file({ categoryId: RUBBISH });
      const far = await file({ location: device(FAR_AWAY) });
      const rejected = await file({});
      await agencyOf(subject).reject(rejected.id, 'Trùng với phản ánh đã có.');
      const closed = await file({});
      await agencyOf(subject).answer(closed.id);
      await agencyOf(subject).close(closed.id);
      // Only a backend that can keep a report private must keep it out of duplicates.
      const hidden = can.privateReports ? [await file({ publish: false })] : [];
      const inCommune = await file({ location: commune(HOAN_KIEM, 'Đầu phố Đinh Tiên Hoàng') });
      await file({ location: commune(BA_DINH, 'Đầu phố Đinh Tiên Hoàng') });

      const found = await subject.service.findDuplicates({
        categoryId: ROADS,
        location: device(HO_GUOM),
        description: 'o ga lon giua duong dinh tien hoang',
      });
      expect(found[0]?.id).toBe(same.id);
      expect(found.map((r) => r.id).sort()).toEqual(ids([same, near]));
      for (const excluded of [unlike, otherKind, far, rejected, closed, ...hidden]) {
        expect(found.map((r) => r.id)).not.toContain(excluded.id);
      }
      const byCommune = await subject.service.findDuplicates({
        categoryId: ROADS,
        location: commune(HOAN_KIEM, 'Gần hồ'),
        description: text,
      });
      expect(byCommune.map((r) => r.id)).toEqual([inCommune.id]);
    },
  );
}
