// @vitest-environment node
// The Open311 adapter against the loopback GeoReport v2 server: services → categories,
// reports → POST /requests (every field), requests → reports (statuses, answers, dates).
import { describe, expect, it } from 'vitest';
import {
  API_KEY,
  adminIndex,
  COMMUNE,
  DEVICE,
  loopbackStacks,
  newReport,
  posted,
  SESSION,
} from './test-support';

const stack = loopbackStacks();

describe('services → categories', () => {
  it('lists services as categories with icons, notices, the agency and answer days', async () => {
    const { service, server } = await stack({}, { agencyName: 'UBND Thành phố Huế' });
    const categories = await service.listCategories();
    // den-duong has a required attribute the adapter was given no answer for: left out.
    expect(categories.map((c) => [c.id, c.icon])).toEqual([
      ['o-ga', 'road'],
      ['ngap-ung', 'flood'],
      ['rac-thai', 'rubbish'],
      ['gop-y', 'other'],
    ]);
    const flood = categories.find((c) => c.id === 'ngap-ung');
    expect(flood).toMatchObject({
      title: { vi: 'Ngập úng' },
      description: { vi: 'Đường ngập sau mưa, cống thoát nước tắc' },
      agency: { name: { vi: 'UBND Thành phố Huế' } },
      answerDays: 5,
      notice: { vi: 'Trường hợp khẩn cấp, vui lòng gọi 114.' },
    });
    expect(categories.find((c) => c.id === 'o-ga')?.notice).toBeUndefined();
    // JSON by suffix; definitions only for services with metadata; no key on a GET.
    expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /services.json',
      'GET /services/ngap-ung.json',
      'GET /services/den-duong.json',
    ]);
    for (const call of server.calls) expect(JSON.stringify(call)).not.toContain('api_key');
  });

  it('keeps a service with a required attribute when its answer is configured, with overrides', async () => {
    const { service } = await stack(
      {},
      {
        attributes: { 'den-duong': { 'so-cot': 'chưa rõ' } },
        answerDays: 7,
        categories: { 'gop-y': { icon: 'office', answerDays: 15 } },
      },
    );
    const categories = await service.listCategories();
    expect(categories.find((c) => c.id === 'den-duong')).toMatchObject({
      icon: 'light',
      answerDays: 7,
    });
    expect(categories.find((c) => c.id === 'gop-y')).toMatchObject({
      icon: 'office',
      answerDays: 15,
    });
  });

  it('asks for JSON, in the configured language; English names fill title.en', async () => {
    const { service, server } = await stack({}, { locale: 'en' });
    const [first] = await service.listCategories();
    expect(first?.title).toEqual({ vi: 'Ổ gà, hư hỏng mặt đường', en: 'Ổ gà, hư hỏng mặt đường' });
    expect(server.calls[0]).toMatchObject({ accept: 'application/json', acceptLanguage: 'en' });
  });

  it('sends jurisdiction_id on every call when configured', async () => {
    const { service, server } = await stack(
      { jurisdictionId: 'hue.gov.vn' },
      { jurisdictionId: 'hue.gov.vn' },
    );
    await service.listCategories();
    await service.submit(SESSION, newReport());
    for (const call of server.calls.filter((c) => c.method === 'GET')) {
      expect(call.query.jurisdiction_id).toBe('hue.gov.vn');
    }
    expect(posted(server.calls)[0]?.get('jurisdiction_id')).toBe('hue.gov.vn');
  });
});

describe('submit → POST /requests', () => {
  it('sends a device location as lat/long with the place, form-encoded, and only what it must', async () => {
    const { service, server } = await stack();
    const mine = await service.submit(SESSION, newReport({ idempotencyKey: 'k1' }));
    const post = server.calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/requests.json');
    expect(post?.contentType).toBe('application/x-www-form-urlencoded; charset=utf-8');
    const form = posted(server.calls)[0];
    expect(Object.fromEntries(form ?? [])).toEqual({
      api_key: API_KEY,
      service_code: 'o-ga',
      lat: '16.4721',
      long: '107.5794',
      address_string: 'Trước cổng chợ Đông Ba',
      description: 'Ổ gà lớn giữa đường, xe máy dễ ngã',
    });
    expect(mine).toMatchObject({
      id: '100000',
      code: '100000',
      categoryId: 'o-ga',
      status: 'received',
      location: DEVICE,
      showName: false,
      publish: true,
      subscribed: true,
      role: 'reporter',
      supporters: 0,
    });
    expect(mine.reporterName).toBeUndefined();
    expect(mine.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    // expected_datetime (3 days on this server) as a Vietnamese day.
    expect(mine.dueDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(Date.parse(`${mine.dueDate}T00:00:00+07:00`)).toBeGreaterThan(Date.now() + 86_400_000);
  });

  it('sends first_name/last_name only when the citizen chose to show the name (never phone or account)', async () => {
    const { service, server } = await stack({}, { reporterName: () => 'Nguyễn Văn An' });
    const hidden = await service.submit(SESSION, newReport({ showName: false }));
    const shown = await service.submit(SESSION, newReport({ showName: true }));
    const [first, second] = server.requests;
    expect(first?.personal).toEqual({});
    expect(second?.personal).toEqual({ first_name: 'Văn An', last_name: 'Nguyễn' });
    expect(hidden.reporterName).toBeUndefined();
    expect(shown.reporterName).toBe('Nguyễn Văn An');
    // The name never comes back from the server in public (the spec keeps it out).
    const pub = await service.getPublic(shown.id);
    expect(JSON.stringify(pub)).not.toContain('Nguyễn');
  });

  it('sends a chosen commune as address_string "place, commune, province" and reads it back', async () => {
    const { service, server } = await stack({}, { communes: adminIndex() });
    const mine = await service.submit(SESSION, newReport({ location: COMMUNE }));
    expect(posted(server.calls)[0]?.get('address_string')).toBe(
      'Ngõ 12 đường Lê Lợi, Phường Phú Xuân, Thành phố Huế',
    );
    expect(posted(server.calls)[0]?.has('lat')).toBe(false);
    expect(mine.location).toEqual(COMMUNE);
    // A stranger's view (no local record) recovers the codes from the address.
    const pub = await service.getPublic(mine.id);
    expect(pub.location).toEqual(COMMUNE);
  });

  it('names a commune by its code when no commune directory is configured', async () => {
    const { service, server } = await stack();
    const mine = await service.submit(SESSION, newReport({ location: COMMUNE }));
    expect(posted(server.calls)[0]?.get('address_string')).toBe(
      'Ngõ 12 đường Lê Lợi, Xã/phường mã 19753, Thành phố Huế',
    );
    expect((await service.getPublic(mine.id)).location).toEqual(COMMUNE);
  });

  it('sends configured attributes, lists as attribute[code][]', async () => {
    const { service, server } = await stack(
      {},
      { attributes: { 'ngap-ung': { 'muc-do': 'dau-goi', 'thoi-diem': ['sang', 'dem'] } } },
    );
    await service.submit(SESSION, newReport({ categoryId: 'ngap-ung' }));
    expect(posted(server.calls)[0]?.getAll('attribute[thoi-diem][]')).toEqual(['sang', 'dem']);
    expect(server.requests[0]?.attributes).toEqual({
      'muc-do': 'dau-goi',
      'thoi-diem': ['sang', 'dem'],
    });
  });

  it('stores NFC text: a decomposed description is sent composed', async () => {
    const { service, server } = await stack();
    const nfd = 'Đường ngập sâu'.normalize('NFD');
    await service.submit(SESSION, newReport({ description: `  ${nfd}\r\n` }));
    expect(server.requests[0]?.description).toBe('Đường ngập sâu');
  });
});
