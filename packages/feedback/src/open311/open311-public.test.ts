// @vitest-environment node
// The public side over GET /requests: answered reports (closed with status_notes) filtered by
// service, days (in ≤ 90-day windows), commune and text, page by page with the page/page_size
// extension or without it; one report; open reports nearby for the duplicate check.
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicReport } from '../core/types';
import { adminIndex, COMMUNE, expectFeedbackError, open311Stack } from './test-support';
import type { GeoReportTestServer } from './testing-server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

// Tuesday 1 December 2026, 08:00 in Vietnam.
const NOW = Date.parse('2026-12-01T01:00:00Z');
const DAY = 86_400_000;
const HUE = { lat: 16.4721, long: 107.5794 };

async function stack(...args: Parameters<typeof open311Stack>) {
  const [server = {}, adapter = {}] = args;
  const made = await open311Stack(
    { now: () => NOW, ...server },
    { now: () => NOW, communes: adminIndex(), ...adapter },
  );
  closers.push(made.close);
  return made;
}

/** An answered request `daysAgo` days before NOW. */
function answered(
  server: GeoReportTestServer,
  daysAgo: number,
  extra: Record<string, unknown> = {},
) {
  return server.seed({
    serviceCode: 'o-ga',
    requestedAt: NOW - daysAgo * DAY,
    status: 'closed',
    statusNotes: `Đã xử lý (${daysAgo} ngày trước)`,
    description: `Ổ gà số ${daysAgo}`,
    ...HUE,
    ...extra,
  });
}

const ids = (page: { items: readonly PublicReport[] }) => page.items.map((r) => r.id);

describe('listPublic', () => {
  it('lists answered requests only, newest first, asking the server for closed ones', async () => {
    const { service, server } = await stack();
    const a = answered(server, 1);
    const b = answered(server, 2);
    server.seed({ serviceCode: 'o-ga', requestedAt: NOW - DAY, description: 'Còn mở' });
    server.seed({
      serviceCode: 'o-ga',
      requestedAt: NOW - DAY,
      status: 'closed',
      description: 'Đóng, không ghi chú',
    });
    const page = await service.listPublic({});
    expect(ids(page)).toEqual([a, b]);
    expect(page.items[0]).toMatchObject({
      status: 'answered',
      answer: { text: 'Đã xử lý (1 ngày trước)' },
      supporters: 0,
    });
    const call = server.calls.find((c) => c.path === '/requests.json');
    expect(call?.query.status).toBe('closed');
    expect(call?.query.start_date).toMatch(/\+07:00$/);
  });

  it('maps category → service_code and from/to → start_date/end_date in Vietnam days', async () => {
    const { service, server } = await stack();
    answered(server, 3);
    const other = answered(server, 3, { serviceCode: 'ngap-ung' });
    const page = await service.listPublic({
      categoryId: 'ngap-ung',
      from: '2026-11-20',
      to: '2026-11-30',
    });
    expect(ids(page)).toEqual([other]);
    const call = server.calls.find((c) => c.path === '/requests.json');
    expect(call?.query).toMatchObject({
      service_code: 'ngap-ung',
      start_date: '2026-11-20T00:00:00+07:00',
      end_date: '2026-11-30T23:59:59+07:00',
    });
  });

  it('splits a range over 90 days into windows the server accepts, newest first', async () => {
    const { service, server } = await stack();
    const recent = answered(server, 10);
    const old = answered(server, 150);
    const page = await service.listPublic({ from: '2026-06-01', limit: 50 });
    expect(ids(page)).toEqual([recent, old]);
    const windows = server.calls.filter((c) => c.path === '/requests.json').map((c) => c.query);
    expect(windows).toHaveLength(3);
    for (const w of windows) {
      const span = Date.parse(w.end_date ?? '') - Date.parse(w.start_date ?? '');
      expect(span).toBeLessThanOrEqual(90 * DAY);
    }
    expect(windows.at(-1)?.start_date).toBe('2026-06-01T00:00:00+07:00');
  });

  it('without from, reaches back publicLookbackDays (default 90)', async () => {
    const { service, server } = await stack();
    const recent = answered(server, 80);
    answered(server, 100);
    expect(ids(await service.listPublic({}))).toEqual([recent]);
    const longer = await stack({}, { publicLookbackDays: 200 });
    answered(longer.server, 100);
    expect((await longer.service.listPublic({})).items).toHaveLength(1);
  });

  it('filters by text (diacritics optional) and by commune on our side', async () => {
    const { service, server } = await stack();
    const nearMarket = answered(server, 1, { description: 'Đường trước chợ bị ngập' });
    answered(server, 2, { description: 'Cây đổ' });
    const inCommune = answered(server, 3, {
      lat: undefined,
      long: undefined,
      address: 'Ngõ 12, Phường Phú Xuân, Thành phố Huế',
    });
    expect(ids(await service.listPublic({ text: 'duong cho' }))).toEqual([nearMarket]);
    expect(ids(await service.listPublic({ text: 'đường chợ' }))).toEqual([nearMarket]);
    expect(ids(await service.listPublic({ communeCode: '19753' }))).toEqual([inCommune]);
  });

  it('pages with page/page_size and a cursor, never repeating or skipping', async () => {
    const { service, server } = await stack({}, { pageSize: 3 });
    const all = Array.from({ length: 8 }, (_, i) => answered(server, i + 1));
    server.seed({ serviceCode: 'o-ga', requestedAt: NOW - 2.5 * DAY, status: 'closed' }); // no notes
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await service.listPublic({ limit: 3, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    const pages = server.calls.filter((c) => c.path === '/requests.json').map((c) => c.query.page);
    expect(pages).toContain('2');
    expect(
      server.calls.every((c) => c.query.page_size === undefined || c.query.page_size === '3'),
    ).toBe(true);
  });

  it('notices a server that ignores page/page_size and pages on its own', async () => {
    const { service, server } = await stack({ paging: false }, { pageSize: 3 });
    const all = Array.from({ length: 7 }, (_, i) => answered(server, i + 1));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await service.listPublic({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('pagination "none" sends no paging parameters', async () => {
    const { service, server } = await stack({}, { pagination: 'none' });
    answered(server, 1);
    await service.listPublic({});
    const call = server.calls.find((c) => c.path === '/requests.json');
    expect(call?.query).not.toHaveProperty('page');
    expect(call?.query).not.toHaveProperty('page_size');
  });

  it('refuses a cursor that is not its own and a malformed day', async () => {
    const { service } = await stack();
    await expectFeedbackError(service.listPublic({ cursor: 'abc' }), 'unknown');
    await expectFeedbackError(service.listPublic({ from: '2026-02-30' }), 'unknown');
    await expectFeedbackError(service.listPublic({ limit: 0 }), 'unknown');
    await expectFeedbackError(service.listPublic({ limit: 2.5 }), 'unknown');
  });
});

describe('getPublic', () => {
  it('maps one request, with no reporter identity even though the server holds it', async () => {
    const { service, server } = await stack();
    const id = answered(server, 1, {
      personal: { first_name: 'An', last_name: 'Nguyễn', phone: '0912345678', email: 'an@x.vn' },
      mediaUrl: 'https://media.hue.gov.vn/1.jpg',
      agencyResponsible: 'UBND Phường Phú Xuân',
    });
    const report = await service.getPublic(id);
    expect(report).toMatchObject({
      id,
      code: id,
      categoryId: 'o-ga',
      status: 'answered',
      photos: [{ url: 'https://media.hue.gov.vn/1.jpg', type: 'image/jpeg' }],
      location: { kind: 'device', latitude: HUE.lat, longitude: HUE.long },
      answer: { agency: { vi: 'UBND Phường Phú Xuân' } },
    });
    const text = JSON.stringify(report);
    for (const secret of ['0912345678', 'an@x.vn', 'Nguyễn']) expect(text).not.toContain(secret);
    expect(report.reporterName).toBeUndefined();
  });
});

describe('findDuplicates', () => {
  it('finds open requests of the category nearby with similar text, most similar first', async () => {
    const { service, server } = await stack();
    const near = server.seed({
      serviceCode: 'o-ga',
      requestedAt: NOW - DAY,
      description: 'Ổ gà lớn trước chợ Đông Ba',
      ...HUE,
    });
    const nearLessAlike = server.seed({
      serviceCode: 'o-ga',
      requestedAt: NOW - DAY,
      description: 'Ổ gà nhỏ',
      lat: HUE.lat + 0.0005,
      long: HUE.long,
    });
    server.seed({
      serviceCode: 'o-ga',
      requestedAt: NOW - DAY,
      description: 'Ổ gà lớn trước chợ',
      lat: HUE.lat + 0.05,
      long: HUE.long,
    }); // 5 km away
    server.seed({
      serviceCode: 'ngap-ung',
      requestedAt: NOW - DAY,
      description: 'Ổ gà lớn trước chợ',
      ...HUE,
    });
    server.seed({
      serviceCode: 'o-ga',
      requestedAt: NOW - DAY,
      description: 'Ổ gà lớn trước chợ',
      status: 'closed',
      statusNotes: 'Xong',
      ...HUE,
    });
    server.seed({
      serviceCode: 'o-ga',
      requestedAt: NOW - DAY,
      description: 'Cây đổ chắn lối',
      ...HUE,
    });
    const found = await service.findDuplicates({
      categoryId: 'o-ga',
      description: 'o ga lon truoc cho',
      location: { kind: 'device', latitude: HUE.lat, longitude: HUE.long },
    });
    expect(found.map((r) => r.id)).toEqual([near, nearLessAlike]);
    const call = server.calls.find((c) => c.path === '/requests.json');
    expect(call?.query).toMatchObject({ service_code: 'o-ga', status: 'open' });
  });

  it('matches a chosen commune against addresses in that commune', async () => {
    const { service, server } = await stack();
    const same = server.seed({
      serviceCode: 'o-ga',
      requestedAt: NOW - DAY,
      description: 'Ổ gà trong ngõ',
      address: 'Ngõ 12, Phường Phú Xuân, Thành phố Huế',
    });
    server.seed({
      serviceCode: 'o-ga',
      requestedAt: NOW - DAY,
      description: 'Ổ gà trong ngõ',
      address: 'Ngõ 3, Phường Kim Long, Thành phố Huế',
    });
    const found = await service.findDuplicates({
      categoryId: 'o-ga',
      description: 'ổ gà trong ngõ',
      location: COMMUNE,
    });
    expect(found.map((r) => r.id)).toEqual([same]);
  });
});
